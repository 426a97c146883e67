package io.winnow.mask;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one family of commands takes users, passwords and hosts on its command line: which options carry a user
 * ({@code -u}), a password ({@code -a}, or glued as in {@code -pS3cret}), a host, a {@code user:password} pair, or
 * some other value to skip; and which positional argument names a user.
 */
record CommandSpec(Set<String> user, Set<String> pass, Set<String> glued, Set<String> host, Set<String> userPass,
                   char userPassSeparator, Set<String> value, Positional positional, boolean loginOnly) {

    /** Which positional argument holds what. */
    enum Positional { NONE, FIRST_USER, LAST_USER, CHOWN, SU, NET, HTPASSWD, VAULT, AWS, IMPACKET, COMMAND }

    private static final Map<String, CommandSpec> BY_COMMAND = table();
    /**
     * Hashes of every command name worth splitting a line for (those with a spec, echo, printf), in an
     * open-addressing table: a line's every word is looked up, so one or two probes matter.
     */
    private static final int[] HASH_TABLE = hashTable();
    private static final int HASH_MASK = HASH_TABLE.length - 1;

    private static int[] hashTable() {
        int[] table = new int[1024];
        java.util.stream.Stream.concat(BY_COMMAND.keySet().stream(), java.util.stream.Stream.of("echo", "printf"))
                .mapToInt(String::hashCode).filter(h -> h != 0).forEach(h -> {
                    int slot = mix(h) & (table.length - 1);
                    while (table[slot] != 0 && table[slot] != h) {
                        slot = (slot + 1) & (table.length - 1);
                    }
                    table[slot] = h;
                });
        return table;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    /** Whether {@code hash} is the {@link String#hashCode} of a command name worth reading. */
    static boolean isCommandHash(int hash) {
        if (hash == 0) {
            return false;
        }
        for (int slot = mix(hash) & HASH_MASK; HASH_TABLE[slot] != 0; slot = (slot + 1) & HASH_MASK) {
            if (HASH_TABLE[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, CommandSpec> table() {
        Map<String, CommandSpec> t = new HashMap<>();
        add(t, "mysql mysqldump mysqladmin mariadb mariadb-dump mysqlimport mysqlshow mysqlcheck",
                "user=-u,--user glued=-p host=-h,--host value=-P,--port,-D,--database,-e,--execute,-S,--socket",
                Positional.NONE);
        add(t, "psql pg_dump pg_dumpall pg_restore createdb dropdb pgbench",
                "user=-U,--username host=-h,--host value=-p,--port,-d,--dbname,-c,--command,-f,--file", Positional.NONE);
        add(t, "mongo mongosh mongodump mongorestore mongoexport mongoimport",
                "user=-u,--username pass=-p,--password host=--host value=--port,--db,--authenticationDatabase",
                Positional.NONE);
        add(t, "redis-cli", "user=--user pass=-a,--pass host=-h value=-p,-n,-u", Positional.NONE);
        add(t, "sshpass", "glued=-p pass=-p value=-f,-d,-P", Positional.COMMAND);
        add(t, "ssh scp sftp autossh mosh", "user=-l value=-p,-i,-o,-F,-P,-J,-L,-R,-D,-c,-m,-b,-E,-W,-w,-S,-O,-Q,-e",
                Positional.NONE);
        add(t, "curl", "userpass=-u,--user,--proxy-user,-U sep=: pass=--oauth2-bearer "
                + "value=-H,--header,-d,--data,-X,-o,-A,-e,-x,--proxy,-b,-c,-F,-T,-w,-m,--connect-timeout", Positional.NONE);
        add(t, "wget", "user=--user,--http-user,--ftp-user pass=--password,--http-password,--ftp-password "
                + "value=-O,-o,-P,-U,--header", Positional.NONE);
        add(t, "lftp", "userpass=-u sep=, value=-e,-p,-f", Positional.NONE);
        add(t, "smbclient rpcclient smbget smbcacls mount.cifs", "userpass=-U,--user sep=% value=-W,-I,-p,-c,-m,-n",
                Positional.NONE);
        add(t, "smbmap crackmapexec cme nxc netexec evil-winrm hydra medusa kerbrute",
                "user=-u,-l,--username,-U pass=-p,--password,-H,-hashes host=-i value=-d,-x,-s,-P,-L,-t,-M,-o",
                Positional.NONE);
        add(t, "rdesktop", "user=-u pass=-p value=-d,-g,-a,-k", Positional.NONE);
        add(t, "docker podman nerdctl helm buildah skopeo crane oras", "user=-u,--username pass=-p,--password",
                Positional.NONE, true);
        add(t, "az", "user=-u,--username pass=-p,--password value=-t,--tenant,-g,-n", Positional.NONE, true);
        add(t, "net net.exe", "", Positional.NET);
        add(t, "htpasswd", "", Positional.HTPASSWD);
        add(t, "useradd userdel usermod passwd chage chsh chfn id finger groups smbpasswd pdbedit lastlog faillock",
                "pass=-p,--password value=-c,-d,-e,-f,-g,-G,-k,-K,-s,-u,-b,-Z,-R,-P,-x,-n,-w,-i,-E,-I,-m,-M,-W,-h,"
                        + "--home,--shell,--comment,--groups,--gid,--uid,--expiredate", Positional.LAST_USER);
        add(t, "adduser deluser gpasswd", "user=-a,-d value=-M,-A,--home,--shell,--gecos,--uid,--gid,--ingroup",
                Positional.FIRST_USER);
        add(t, "chown", "value=--from,--reference", Positional.CHOWN);
        add(t, "su", "value=-s,-c,-g,-G,--shell,--command,-w,--group", Positional.SU);
        add(t, "sudo doas", "user=-u,--user value=-g,--group,-p,--prompt,-C,-D,-r,-t,-U,-h,--host", Positional.COMMAND);
        add(t, "runuser", "user=-u,--user value=-s,-c,-g,-G,--shell,--command", Positional.SU);
        add(t, "crontab pkill pgrep killall skill slay", "user=-u,-U,--user,--euid,--uid value=-s,-t,-g,-P,-f",
                Positional.NONE);
        add(t, "ldapsearch ldapmodify ldapadd ldapdelete ldappasswd ldapwhoami ldapcompare ldapmodrdn",
                "pass=-w host=-h value=-D,-H,-b,-s,-f,-x,-p,-y", Positional.NONE);
        add(t, "sqlcmd bcp osql isql", "user=-U pass=-P host=-S value=-d,-Q,-q,-i,-o", Positional.NONE);
        add(t, "openssl", "pass=-k,-pass,-passin,-passout,-password,-kfile", Positional.NONE);
        add(t, "keytool jarsigner", "pass=-storepass,-keypass,-srcstorepass,-deststorepass,-srckeypass,-destkeypass",
                Positional.NONE);
        add(t, "7z 7za 7zr rar unrar", "glued=-p", Positional.NONE);
        add(t, "zip unzip zipcloak", "pass=-P,--password", Positional.NONE);
        add(t, "vault", "", Positional.VAULT);
        add(t, "aws", "", Positional.AWS);
        add(t, "psexec.py wmiexec.py smbexec.py secretsdump.py atexec.py dcomexec.py getuserspns.py getnpusers.py "
                + "gettgt.py getst.py smbclient.py mssqlclient.py impacket-psexec impacket-wmiexec impacket-smbexec "
                + "impacket-secretsdump impacket-atexec impacket-dcomexec impacket-getuserspns impacket-getnpusers",
                "pass=-hashes,-aesKey value=-dc-ip,-target-ip,-port,-codec", Positional.IMPACKET);
        return Map.copyOf(t);
    }

    private static void add(Map<String, CommandSpec> t, String commands, String options, Positional positional) {
        add(t, commands, options, positional, false);
    }

    private static void add(Map<String, CommandSpec> t, String commands, String options, Positional positional,
                            boolean loginOnly) {
        Map<String, Set<String>> parts = new HashMap<>();
        char sep = ':';
        for (String part : options.isBlank() ? List.<String>of() : List.of(options.split(" "))) {
            int eq = part.indexOf('=');
            String name = part.substring(0, eq);
            String list = part.substring(eq + 1);
            if (name.equals("sep")) {
                sep = list.charAt(0);
            } else {
                parts.put(name, Set.of(list.split(",")));
            }
        }
        CommandSpec spec = new CommandSpec(parts.getOrDefault("user", Set.of()), parts.getOrDefault("pass", Set.of()),
                parts.getOrDefault("glued", Set.of()), parts.getOrDefault("host", Set.of()),
                parts.getOrDefault("userpass", Set.of()), sep, parts.getOrDefault("value", Set.of()), positional,
                loginOnly);
        for (String command : commands.split(" ")) {
            t.put(command, spec);
        }
    }

    /** The spec of a lower-case command name ({@code mysql}, {@code net.exe}), or null when it has none. */
    static CommandSpec byName(String name) {
        return BY_COMMAND.get(name);
    }

    /** The spec of a command word ({@code /usr/bin/mysql}, {@code NET.EXE}), or null when it has none. */
    static CommandSpec of(String word) {
        int slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
        String name = (slash < 0 ? word : word.substring(slash + 1)).toLowerCase(java.util.Locale.ROOT);
        return BY_COMMAND.get(name);
    }
}
