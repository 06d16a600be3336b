package org.fazhi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 审计链密钥 — the key of the audit chain's HMAC, kept outside the database: {@code fazhi.audit.key} (environment
 * {@code FAZHI_AUDIT_KEY}), else the key file {@code fazhi.audit.key-file} (default {@code ./data/audit.key}), which
 * the first start generates (owner read/write only) when the chain has never been keyed. Without the key, whoever can
 * write to the database can edit an event but cannot recompute the hashes after it.
 *
 * <p>The chain head records from which sequence number events are keyed ({@code keyed_from_seq}, with an HMAC of it,
 * so that it cannot be moved); events before it were written with plain SHA-256 and are verified as before. A start
 * without the key, or with another key than the chain was written with, fails: writing on with a wrong key would make
 * the rest of the chain unverifiable.
 */
@Component
class ChainKey {

    private static final Logger log = LoggerFactory.getLogger(ChainKey.class);

    /** At least 256 bits of key material, as long as the HMAC-SHA256 output. */
    static final int MIN_KEY_CHARS = 32;

    private final byte[] key;
    private final long keyedFrom;
    /** One HMAC per thread: making one per event looked the algorithm up and derived the key's pads again. */
    private final ThreadLocal<javax.crypto.Mac> macs;

    ChainKey(JdbcTemplate jdbc, @Value("${fazhi.audit.key:}") String configured,
             @Value("${fazhi.audit.key-file:./data/audit.key}") Path file) {
        Map<String, Object> head = jdbc.queryForMap(
                "select last_seq, keyed_from_seq, keyed_from_mac from audit_chain_head where id = 1");
        boolean keyed = head.get("keyed_from_seq") != null;
        byte[] k = configured != null && !configured.isBlank() ? checked(configured.strip(), "FAZHI_AUDIT_KEY")
                : read(file);
        if (k == null) {
            if (keyed) {
                throw new IllegalStateException("审计链已用密钥保护，但找不到密钥：请从备份恢复密钥文件 " + file.toAbsolutePath()
                        + " 或设置 FAZHI_AUDIT_KEY。The audit chain is keyed but its key is missing: restore "
                        + file.toAbsolutePath() + " from the backup or set FAZHI_AUDIT_KEY.");
            }
            k = generate(file);
        }
        this.key = k;
        this.macs = ThreadLocal.withInitial(() -> Canonical.mac(key));
        if (!keyed) {
            // numbered in SQL so that the switch point is the head as stored, whatever was appended meanwhile
            jdbc.update("update audit_chain_head set keyed_from_seq = last_seq + 1 where id = 1 "
                    + "and keyed_from_seq is null");
            long from = jdbc.queryForObject("select keyed_from_seq from audit_chain_head where id = 1", Long.class);
            jdbc.update("update audit_chain_head set keyed_from_mac = ? where id = 1 and keyed_from_mac is null",
                    mark(from));
            log.info("audit chain keyed (HMAC-SHA256) from event {} on; earlier events keep their SHA-256 chain", from);
        }
        Map<String, Object> now = jdbc.queryForMap(
                "select keyed_from_seq, keyed_from_mac from audit_chain_head where id = 1");
        this.keyedFrom = ((Number) now.get("keyed_from_seq")).longValue();
        if (!validMark(keyedFrom, (String) now.get("keyed_from_mac"))) {
            throw new IllegalStateException("审计链密钥与写入审计链时的密钥不一致（或链头已被改动）。"
                    + "The audit key is not the key the audit chain was written with (or the chain head was edited).");
        }
    }

    /** The first sequence number chained with the key, as the head recorded it at start-up. */
    long keyedFrom() {
        return keyedFrom;
    }

    /** The chain hash of an event: plain SHA-256 before {@link #keyedFrom()}, HMAC-SHA256 from it on. */
    String hash(long seq, String prevHash, Object... fields) {
        Object[] all = new Object[fields.length + 1];
        all[0] = seq;
        System.arraycopy(fields, 0, all, 1, fields.length);
        return seq < keyedFrom ? Canonical.hash(prevHash, all) : Canonical.hmac(macs.get(), prevHash, all);
    }

    /** Whether the head's record of the switch point was written with this key. */
    boolean validMark(Long from, String mac) {
        return from != null && mac != null
                && MessageDigest.isEqual(mark(from).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    private String mark(long from) {
        return Canonical.hmac(key, "keyed-from", from);
    }

    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit key file " + file.toAbsolutePath(), e);
        }
    }

    private static byte[] checked(String key, String source) {
        if (key.length() < MIN_KEY_CHARS) {
            throw new IllegalStateException("the audit key from " + source + " is shorter than " + MIN_KEY_CHARS
                    + " characters");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] generate(Path file) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit key file " + file.toAbsolutePath(), e);
        }
        log.warn("审计链密钥已生成：{} — 请与数据库分开备份，丢失后无法再核验此后的审计事件。"
                + " Audit chain key generated at {}: back it up apart from the database.", file.toAbsolutePath(),
                file.toAbsolutePath());
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
