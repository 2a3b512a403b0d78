package org.paperkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A user and the password read from a file, for writing to a remote server. Passwords never go on the
 * command line, where {@code ps} and the shell history would show them.
 *
 * <p>The file is either the password alone on its first line, or a server password file in the Jetty
 * realm format ({@code user: password[, role ...]} per line, the format of {@code paperkg serve
 * --password-file} and Fuseki's {@code --passwd}), from which the line of the user is taken.
 */
public record Credentials(String user, String password) {

    public Credentials {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("no user name");
        if (password == null || password.isEmpty()) throw new IllegalArgumentException("empty password for " + user);
    }

    public static Credentials read(String user, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        if (lines.isEmpty()) throw new IllegalArgumentException(file + " holds no password");
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(user)) {
                String credential = line.substring(colon + 1).strip();
                int comma = credential.indexOf(',');   // roles follow the password in a realm file
                if (comma >= 0) credential = credential.substring(0, comma).strip();
                if (credential.matches("(?i)(OBF|MD5|CRYPT):.*")) {
                    throw new IllegalArgumentException(file + " holds the password of " + user
                            + " hashed; a client needs a file with the plain password");
                }
                return new Credentials(user, credential);
            }
        }
        if (lines.size() == 1) return new Credentials(user, lines.get(0));
        throw new IllegalArgumentException(file + " has no line for user " + user);
    }
}
