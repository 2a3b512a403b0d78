package org.paperkg.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An input file, opened the same way for every format: gzip is unwrapped when the magic bytes say so,
 * a byte-order mark picks UTF-8 or UTF-16, and text that is not valid UTF-8 is read as Latin-1
 * rather than rejected, because old corpora are often Latin-1.
 *
 * @param path the file
 * @param name what messages call it (the file name)
 */
public record InputFile(Path path, String name) {

    public static InputFile of(Path path) {
        return new InputFile(path, path.getFileName().toString());
    }

    /**
     * The first bytes after decompression, for format detection: up to {@code n}, fewer when the file is
     * shorter or breaks off (a truncated gzip), which the reader then reports where it happens.
     */
    public byte[] head(int n) throws IOException {
        byte[] buffer = new byte[n];
        int filled = 0;
        try (InputStream in = openBytes()) {
            for (int r = 0; filled < n && r >= 0; filled += Math.max(r, 0)) {
                r = in.read(buffer, filled, n - filled);
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            // keep what was read before the break
        }
        return java.util.Arrays.copyOf(buffer, filled);
    }

    /** What a reader reports when the file breaks off; an EOFException from a gzip header has no message of its own. */
    static String breaksOff(IOException e) {
        return "the file breaks off here: " + (e.getMessage() != null ? e.getMessage() : "unexpected end of file");
    }

    public InputStream openBytes() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        }
        return raw;
    }

    /** A reader over the decoded text, the byte-order mark removed. */
    public BufferedReader openText() throws IOException {
        Charset charset = detectCharset();
        InputStream in = openBytes();
        int bom = bomLength(in);
        in.skipNBytes(bom);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /**
     * True when the file is not text at all (an image, an archive other than gzip, a database file): its
     * first 8 KB hold a NUL byte or are more than a tenth other control characters. UTF-16 text with its
     * byte-order mark is text.
     */
    public boolean looksBinary() throws IOException {
        byte[] head = head(8192);
        if (head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 10 > head.length;
    }

    /** UTF-16 or UTF-8 by byte-order mark; otherwise UTF-8 unless the first megabyte is not valid UTF-8. */
    public Charset detectCharset() throws IOException {
        byte[] head = head(1 << 20);
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return isValidUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    private static int bomLength(InputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            return 3;
        }
        if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe)) {
            return 2;
        }
        return 0;
    }

    /** Strict UTF-8 check; a sequence cut off at the end of the sample is not held against the file. */
    static boolean isValidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int extra;
            if (c < 0x80) {
                extra = 0;
            } else if (c >= 0xc2 && c <= 0xdf) {
                extra = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                extra = 2;
            } else if (c >= 0xf0 && c <= 0xf4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length) {
                    return true;
                }
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }
}
