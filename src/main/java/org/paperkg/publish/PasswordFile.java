package org.paperkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a server password file before Jetty reads it (Jetty skips malformed lines without a word).
 * The format is Jetty's realm file: one {@code user: password[, role ...]} per line, {@code #} comments;
 * the password may be plain or Jetty-obfuscated ({@code OBF:}, {@code MD5:}, {@code CRYPT:}).
 */
public final class PasswordFile {
    private PasswordFile() {}

    /** The user names in the file; throws IllegalArgumentException if the file is unusable. */
    public static List<String> users(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no password file at " + file);
        List<String> users = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String user = colon > 0 ? line.substring(0, colon).strip() : "";
            String rest = colon > 0 ? line.substring(colon + 1).strip() : "";
            String password = rest.contains(",") ? rest.substring(0, rest.indexOf(',')).strip() : rest;
            if (user.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": expected 'user: password'");
            }
            users.add(user);
        }
        if (users.isEmpty()) throw new IllegalArgumentException(file + " lists no users");
        return users;
    }

    /** Whether users other than the owner can read the file (worth a warning). */
    public static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
