package io.winnow.mask;

import io.winnow.mask.CommandSpec.Positional;
import io.winnow.mask.ShellWords.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the arguments of one command by its {@link CommandSpec} and reports users, passwords and hosts in them. */
final class CommandArguments {
    private final String s;
    private final CommandSpec spec;
    private final boolean names;
    private final Detector.Sink sink;

    CommandArguments(String s, CommandSpec spec, boolean names, Detector.Sink sink) {
        this.s = s;
        this.spec = spec;
        this.names = names;
        this.sink = sink;
    }

    /** @param position whether the command stands where a command starts, so its positional arguments count */
    void read(List<Word> args, boolean position) {
        if (spec.loginOnly() && args.stream().noneMatch(a -> a.text().equals("login"))) {
            return;
        }
        List<Word> positionals = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            Word a = args.get(k);
            Word next = k + 1 < args.size() ? args.get(k + 1) : null;
            if (CommandWords.isOption(a.text())) {
                k += option(a, next);
            } else {
                positionals.add(a);
            }
        }
        if (position) {
            positional(positionals, args);
        }
    }

    /** Handles one option; returns 1 when it consumed the next word as its value. */
    private int option(Word a, Word next) {
        String t = a.text();
        int eq = t.startsWith("--") ? t.indexOf('=') : -1;
        String opt = eq > 0 ? t.substring(0, eq) : t;
        boolean nextIsValue = next != null && !CommandWords.isOption(next.text());
        if (spec.user().contains(opt) || spec.pass().contains(opt) || spec.host().contains(opt)
                || spec.userPass().contains(opt)) {
            if (eq > 0) {
                value(opt, a.start() + eq + 1, a.end());
                return 0;
            }
            if (nextIsValue) {
                value(opt, next.start(), next.end());
                return 1;
            }
            return 0;
        }
        if (spec.value().contains(opt)) {
            return eq < 0 && nextIsValue ? 1 : 0;
        }
        for (String glued : spec.glued()) {
            if (t.length() > glued.length() && t.startsWith(glued) && glued.length() == 2) {
                sink.add(a.start() + 2, a.end(), SecretKind.PASSWORD);
                return 0;
            }
        }
        for (String user : spec.user()) {
            if (names && user.length() == 2 && t.length() > 2 && t.startsWith(user)) {
                NameSpans.user(s, a.start() + 2, a.end(), sink);
                return 0;
            }
        }
        return 0;
    }

    private void value(String opt, int start, int end) {
        if (start >= end) {
            return;
        }
        String v = s.substring(start, end);
        if (spec.pass().contains(opt)) {
            int prefix = v.startsWith("pass:") ? 5 : 0;
            if (!v.startsWith("env:") && !v.startsWith("file:") && !v.equals("stdin") && SecretValues.isSecret(v)) {
                sink.add(start + prefix, end, SecretKind.PASSWORD);
            }
        } else if (spec.userPass().contains(opt)) {
            int cut = v.indexOf(spec.userPassSeparator());
            if (cut >= 0) {
                sink.add(start + cut + 1, end, SecretKind.PASSWORD);
                end = start + cut;
            }
            if (names) {
                NameSpans.user(s, start, end, sink);
            }
        } else if (names && spec.user().contains(opt)) {
            NameSpans.user(s, start, end, sink);
        } else if (names && spec.host().contains(opt)) {
            NameSpans.host(s, start, end, sink, false);
        }
    }

    private void positional(List<Word> p, List<Word> args) {
        if (p.isEmpty()) {
            return;
        }
        switch (spec.positional()) {
            case FIRST_USER -> user(p.getFirst());
            case LAST_USER -> user(p.getLast());
            case SU -> user(p.getFirst());
            case CHOWN -> {
                Word w = p.getFirst();
                int cut = Math.max(w.text().indexOf(':'), 0);
                user(w.start(), cut > 0 ? w.start() + cut : w.end());
            }
            case NET -> net(p);
            case HTPASSWD -> htpasswd(p, args);
            case VAULT -> {
                if (p.size() > 1 && p.get(0).text().equals("login") && p.get(1).text().indexOf('=') < 0) {
                    sink.add(p.get(1).start(), p.get(1).end(), SecretKind.VAULT_TOKEN);
                }
            }
            case AWS -> aws(p);
            case IMPACKET -> impacket(p.getFirst());
            case NONE, COMMAND -> {
            }
        }
    }

    private void user(Word w) {
        user(w.start(), w.end());
    }

    private void user(int start, int end) {
        if (names && end > start && s.charAt(start) != '-') {
            NameSpans.user(s, start, end, sink);
        }
    }

    /** {@code net user NAME PW /add}, {@code net localgroup GROUP NAME /add}, {@code net use \\host\share PW}. */
    private void net(List<Word> p) {
        String verb = p.getFirst().text().toLowerCase(Locale.ROOT);
        if (verb.equals("user") && p.size() > 1) {
            user(p.get(1));
            if (p.size() > 2 && !p.get(2).text().equals("*") && SecretValues.isSecret(p.get(2).text())) {
                sink.add(p.get(2).start(), p.get(2).end(), SecretKind.PASSWORD);
            }
        } else if ((verb.equals("localgroup") || verb.equals("group")) && p.size() > 2) {
            user(p.get(2));
        } else if (verb.equals("use") && p.size() > 1) {
            Word share = p.get(1);
            int start = share.start();
            while (start < share.end() && s.charAt(start) == '\\') {
                start++;
            }
            int end = s.indexOf('\\', start);
            if (names && start > share.start() && end > start && end <= share.end()) {
                NameSpans.host(s, start, end, sink, false);
            }
            if (p.size() > 2 && SecretValues.isSecret(p.get(2).text())) {
                sink.add(p.get(2).start(), p.get(2).end(), SecretKind.PASSWORD);
            }
        }
    }

    private void htpasswd(List<Word> p, List<Word> args) {
        boolean batch = args.stream().anyMatch(a -> a.text().startsWith("-") && a.text().contains("b"));
        boolean noFile = args.stream().anyMatch(a -> a.text().startsWith("-") && a.text().contains("n"));
        int userAt = noFile ? 0 : 1;
        if (p.size() > userAt) {
            user(p.get(userAt));
        }
        if (batch && p.size() > userAt + 1) {
            sink.add(p.get(userAt + 1).start(), p.get(userAt + 1).end(), SecretKind.PASSWORD);
        }
    }

    /** {@code aws configure set aws_secret_access_key VALUE}. */
    private void aws(List<Word> p) {
        for (int i = 0; i + 1 < p.size(); i++) {
            String key = p.get(i).text().toLowerCase(Locale.ROOT);
            Word value = p.get(i + 1);
            if (key.endsWith("secret_access_key")) {
                sink.add(value.start(), value.end(), SecretKind.AWS_SECRET_KEY);
            } else if (key.endsWith("session_token")) {
                sink.add(value.start(), value.end(), SecretKind.API_KEY);
            }
        }
    }

    /** Impacket's target: {@code [domain/]user[:password]@host}. */
    private void impacket(Word w) {
        String t = w.text();
        int at = t.lastIndexOf('@');
        int slash = t.indexOf('/');
        int userStart = slash >= 0 && (at < 0 || slash < at) ? slash + 1 : 0;
        int userEnd = at >= 0 ? at : t.length();
        int colon = t.indexOf(':', userStart);
        if (colon >= 0 && colon < userEnd) {
            sink.add(w.start() + colon + 1, w.start() + userEnd, SecretKind.PASSWORD);
            userEnd = colon;
        }
        if (names && slash > 0 && slash < userEnd) {
            NameSpans.domain(s, w.start(), w.start() + slash, sink);
        }
        if (at >= 0 || colon >= 0) {
            user(w.start() + userStart, w.start() + userEnd);
        }
        if (names && at >= 0) {
            NameSpans.host(s, w.start() + at + 1, w.end(), sink, false);
        }
    }
}
