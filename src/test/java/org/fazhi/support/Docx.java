package org.fazhi.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a generated DOCX, as a reader would see it. */
public final class Docx {

    private Docx() {
    }

    public static String text(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
