package io.winnow.mask.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A command line split as a shell would, and each argument written as auditd writes EXECVE arguments. */
final class Argv {
    private Argv() {
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                any = true;
            } else if (c == ' ') {
                if (any || !word.isEmpty()) {
                    out.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
            }
        }
        if (any || !word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }

    /** {@code "arg"}, or the argument in hex when it holds a space, a quote or a control character, as auditd does. */
    static String audit(String arg) {
        boolean plain = arg.chars().allMatch(c -> c > ' ' && c != '"' && c < 0x7F);
        return plain ? "\"" + arg + "\"" : HexFormat.of().withUpperCase().formatHex(arg.getBytes(StandardCharsets.UTF_8));
    }
}
