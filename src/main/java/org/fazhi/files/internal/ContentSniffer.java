package org.fazhi.files.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * Tells a file's type from its bytes alone: a name is whatever the uploader typed, so it is never consulted. Tika's
 * magic numbers decide; where they only name a container (an Office Open XML zip, an OLE2 compound file, an ISO media
 * file) the container's contents decide between DOCX and XLSX, DOC and XLS, MP4 and QuickTime.
 */
final class ContentSniffer {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";

    private static final Tika TIKA = new Tika();

    private ContentSniffer() {
    }

    static String detect(Path file) throws IOException {
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = TIKA.detect(in);
        }
        return switch (type) {
            case "application/x-tika-ooxml", "application/zip" -> ooxml(file, type);
            case "application/x-tika-msoffice" -> ole2(file, type);
            case "video/quicktime" -> isoMedia(file, type);
            default -> type;
        };
    }

    private static String ooxml(Path file, String fallback) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return fallback;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return XLSX;
            }
            return fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    private static String ole2(Path file, String fallback) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return XLS;
            }
            return fallback;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    /** ISO base media files share one magic number; the major brand says whether it is QuickTime or MP4. */
    private static String isoMedia(Path file, String fallback) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 12) < 12) {
                return fallback;
            }
        }
        String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return "ftyp".equals(box) && !brand.startsWith("qt") ? "video/mp4" : fallback;
    }
}
