package org.paperkg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Normalised titles. Two copies of a paper are the same paper when their titles agree after lower-casing
 * and dropping everything but letters and digits (the rule {@code score.py} pairs records by).
 */
public final class TitleKey {
    private TitleKey() {}

    public static String of(String title) {
        String lower = title.toLowerCase(Locale.ROOT).strip();
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** A short, stable hash of the normalised title: the same on every run and machine. */
    public static String hash(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(title).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
