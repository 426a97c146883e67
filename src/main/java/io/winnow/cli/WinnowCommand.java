package io.winnow.cli;

import io.winnow.config.ConfigException;
import io.winnow.config.ConfigLoader;
import io.winnow.config.WinnowConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The {@code winnow} command and its subcommands. */
@Command(name = "winnow", mixinStandardHelpOptions = true, versionProvider = WinnowCommand.Version.class,
        description = "First-pass SOC triage of security alerts.",
        subcommands = {ServeCommand.class, AnalyzeCommand.class, DemoCommand.class, BenchCommand.class,
                EvalCommand.class, MaskCommand.class})
public final class WinnowCommand implements Runnable {
    private final EngineFactory engines;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public WinnowCommand(EngineFactory engines) {
        this.engines = engines;
    }

    /** A picocli command line whose subcommands get the engine factory through their constructors. */
    public static CommandLine commandLine(EngineFactory engines) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == WinnowCommand.class) {
                    return cls.cast(new WinnowCommand(engines));
                }
                if (cls == ServeCommand.class || cls == AnalyzeCommand.class || cls == DemoCommand.class
                        || cls == BenchCommand.class || cls == EvalCommand.class || cls == MaskCommand.class) {
                    return cls.getDeclaredConstructor(EngineFactory.class).newInstance(engines);
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cli = new CommandLine(WinnowCommand.class, factory);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException ce) {
                cmd.getErr().println("winnow: invalid configuration:");
                ce.problems().forEach(p -> cmd.getErr().println("  - " + p));
                return 2;
            }
            cmd.getErr().println("winnow: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Loads the configuration from {@code --config}, {@code WINNOW_CONFIG}, {@code ./winnow.yaml} or defaults. */
    static WinnowConfig loadConfig(Path file, Map<String, String> overrides) {
        return new ConfigLoader(System.getenv(), FileSystems.getDefault()).load(file, overrides);
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"winnow " + version()};
        }
    }

    static String version() {
        String v = WinnowCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
