package io.winnow.mask;

import io.winnow.mask.ShellWords.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Users, passwords and hosts on command lines, wherever a command appears: shell history, sudo's
 * {@code COMMAND=}, Falco's {@code command=}, auditd's EXECVE arguments. Commands known to {@link CommandSpec}
 * are read by their options ({@code mysql -u alice -pS3cret}, {@code sshpass -p pw}, {@code curl -u u:pw},
 * {@code net user bob P@ss /add}); on any command, an option named for a secret ({@code --token X},
 * {@code -storepass X}, {@code /p:X}) hides its value, and so does a password piped from {@code echo} into
 * {@code sudo -S}, {@code passwd}, {@code chpasswd} or {@code docker login --password-stdin}.
 */
final class CommandLineDetector implements Detector {
    static final Set<String> PREFIXES = Set.of("sudo", "doas", "env", "nohup", "time", "exec", "nice",
            "stdbuf", "xargs", "command", "builtin", "timeout", "watch", "strace", "setsid", "sshpass", "-c", "/c",
            "/k", "then", "do", "else", "!");
    static final Set<String> STDIN_READERS = Set.of("sudo", "passwd", "chpasswd", "docker", "podman",
            "nerdctl", "helm", "oras", "crane", "skopeo", "kinit", "smbpasswd", "cryptsetup", "openssl", "su");
    private static final int MAX_DEPTH = 3;
    private static final Set<String> LOG_FIELDS = Set.of("pid", "ppid", "file", "user", "parent", "gparent",
            "process", "terminal", "command", "name", "path", "container", "image", "uid", "auid", "ses", "exe",
            "comm", "res", "msg", "type", "cwd", "connection", "program", "shell", "tty", "key", "proctitle");

    private final boolean names;

    /** @param names whether users and hosts are looked for as well as passwords (standard level and above) */
    CommandLineDetector(boolean names) {
        this.names = names;
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        if (s.indexOf(' ') < 0) {
            return;
        }
        String lower = segment.lower();
        boolean execve = lower.contains("type=execve");
        int first = execve ? 0 : CommandWords.firstCommand(lower);
        if (first < 0) {
            return;
        }
        // A command glued to a key (COMMAND=, "cmdline":") starts a command wherever it stands: reading may start
        // at that word. A bare one only after a separator: reading starts there, to know its position.
        int from = first;
        while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
            from--;
        }
        if (from == first) {
            int separator = Math.max(Math.max(s.lastIndexOf(';', first), s.lastIndexOf('|', first)),
                    s.lastIndexOf('\n', first));
            from = separator < 0 ? 0 : separator;
        }
        scan(s, ShellWords.split(s, from), sink, 0);
    }

    private void scan(String s, List<Word> words, Sink sink, int depth) {
        boolean atCommand = true;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.separator()) {
                atCommand = true;
                continue;
            }
            String text = w.text();
            int eq = CommandWords.assignmentEnd(text);
            int glue = CommandWords.lastGlue(text, Math.max(eq, 0));
            int headStart = Math.max(Math.max(eq, 0), glue + 1);
            boolean position = atCommand || eq > 0 || glue >= 0 || text.startsWith("/", headStart);
            String name = CommandWords.commandName(text, headStart);
            CommandSpec spec = name == null ? null : CommandSpec.byName(name);
            boolean echo = "echo".equals(name) || "printf".equals(name);
            if (echo || spec != null) {
                int argsEnd = argsEnd(words, i + 1);
                List<Word> args = words.subList(i + 1, argsEnd);
                if (echo) {
                    echo(s, words, args, argsEnd, sink);
                } else {
                    new CommandArguments(s, spec, names, sink).read(args, position);
                }
            }
            secretOption(s, words, i, sink);
            if (depth < MAX_DEPTH && w.start() > 0 && isQuote(s.charAt(w.start() - 1)) && startsCommand(text)) {
                nested(s, w, sink, depth);
            }
            atCommand = (name != null && PREFIXES.contains(name)) || (eq > 0 && atCommand && spec == null);
        }
    }

    /** Whether quoted text starts with a command worth reading: {@code bash -c "useradd bob"}, {@code env="[mysql …]"}. */
    private static boolean startsCommand(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) {
            return false;
        }
        int from = 0;
        while (from < space && (text.charAt(from) == '[' || text.charAt(from) == '(')) {
            from++;
        }
        String name = CommandWords.commandName(text.substring(0, space), from);
        return name != null || text.startsWith("bash ") || text.startsWith("sh ") || text.startsWith("cmd.exe ")
                || text.startsWith("powershell ");
    }

    /** A quoted word with spaces may hold a command of its own: {@code bash -c "useradd bob"}. */
    private void nested(String s, Word w, Sink sink, int depth) {
        List<Word> inner = ShellWords.split(w.text());
        List<Word> shifted = new ArrayList<>(inner.size());
        for (Word x : inner) {
            shifted.add(new Word(x.start() + w.start(), x.end() + w.start(), x.text(), x.separator()));
        }
        scan(s, shifted, sink, depth + 1);
    }

    /** Any command: an option named for a secret hides the next word; {@code /p:X}-style options hide X. */
    private void secretOption(String s, List<Word> words, int i, Sink sink) {
        Word w = words.get(i);
        String t = w.text();
        if (t.length() > 3 && t.charAt(0) == '/' && Character.isLetter(t.charAt(1))) {
            windowsOption(s, w, sink);
            return;
        }
        if (t.startsWith("--from-literal=")) {
            int second = t.indexOf('=', 15);
            if (second > 0 && second + 1 < t.length()) {
                sink.add(w.start() + second + 1, w.end(), SecretKind.SECRET);
            }
            return;
        }
        if (i + 1 < words.size() && t.length() > 2 && t.endsWith(":") && !CommandWords.isOption(t)
                && CommandWords.assignmentEnd(t.substring(0, t.length() - 1) + "=") > 0) {
            Word value = words.get(i + 1);
            KeyClass key = KeyNames.classify(t.substring(0, t.length() - 1));
            if ((key == KeyClass.PASSWORD || key == KeyClass.SECRET) && !value.separator()
                    && SecretValues.isSecret(value.text())) {
                sink.add(value.start(), value.end(), key == KeyClass.PASSWORD ? SecretKind.PASSWORD : SecretKind.API_KEY);
            }
            return;
        }
        if (!CommandWords.isOption(t) || !CommandWords.isOptionName(t) || i + 1 >= words.size()) {
            return;
        }
        Word next = words.get(i + 1);
        SecretKind kind = SecretOptions.kindOf(t);
        if (kind != null && !next.separator() && !CommandWords.isOption(next.text()) && SecretValues.isSecret(next.text())) {
            sink.add(next.start(), next.end(), kind);
        }
    }

    private void windowsOption(String s, Word w, Sink sink) {
        String t = w.text();
        int colon = t.indexOf(':');
        if (colon < 2 || colon + 1 >= t.length()) {
            return;
        }
        String option = t.substring(1, colon).toLowerCase(Locale.ROOT);
        int start = w.start() + colon + 1;
        switch (option) {
            case "p", "pass", "password", "ntlm", "rc4", "aes128", "aes256", "hashes", "key" ->
                    sink.add(start, w.end(), SecretKind.PASSWORD);
            case "u", "user", "username" -> {
                if (names) {
                    NameSpans.user(s, start, w.end(), sink);
                }
            }
            case "d", "domain" -> {
                if (names) {
                    NameSpans.domain(s, start, w.end(), sink);
                }
            }
            case "v", "server", "dc" -> {
                if (names) {
                    NameSpans.host(s, start, w.end(), sink, false);
                }
            }
            default -> {
            }
        }
    }

    /** {@code echo pw | sudo -S …}: what echo prints is what the reader takes as its password. */
    private void echo(String s, List<Word> words, List<Word> args, int argsEnd, Sink sink) {
        if (argsEnd >= words.size() || !words.get(argsEnd).text().equals("|") || argsEnd + 1 >= words.size()) {
            return;
        }
        String reader = CommandWords.baseName(words.get(argsEnd + 1).text());
        if (!STDIN_READERS.contains(reader)) {
            return;
        }
        for (Word a : args) {
            if (CommandWords.isOption(a.text())) {
                continue;
            }
            int colon = a.text().indexOf(':');
            if (reader.equals("chpasswd") && colon > 0) {
                if (names) {
                    NameSpans.user(s, a.start(), a.start() + colon, sink);
                }
                sink.add(a.start() + colon + 1, a.end(), SecretKind.PASSWORD);
            } else if (SecretValues.isSecret(a.text())) {
                sink.add(a.start(), a.end(), SecretKind.PASSWORD);
            }
        }
    }

    /** The end of a command's arguments: the next separator, or a {@code key=value} field of the log around it. */
    private static int argsEnd(List<Word> words, int from) {
        int j = from;
        while (j < words.size() && !words.get(j).separator() && !isLogField(words.get(j).text())) {
            j++;
        }
        return j;
    }

    /** Falco's and auditd's fields after a command ({@code pid=4242 file=/etc/shadow}) end its arguments. */
    private static boolean isLogField(String t) {
        int eq = CommandWords.assignmentEnd(t);
        if (eq <= 0 || !Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        String key = t.substring(0, eq - 1);
        return key.indexOf('_') > 0 || key.indexOf('.') > 0 || LOG_FIELDS.contains(key);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
