package mx.gob.inm.citas.launcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Main-Class} of {@code citas.jar}: starts Payara Micro stand-alone ({@code --nocluster}) unless the
 * command line asks for a Data Grid with one of Payara Micro's clustering options ({@code --clustername},
 * {@code --clustermode}, {@code --interfaces}, {@code --hzpublicaddress}, ...). The uber jar is built without
 * {@code --nocluster} because a flag baked into it cannot be taken back at run time.
 *
 * <p>A cluster password ({@code --clusterpassword} or {@code CITAS_CLUSTER_PASSWORD}; Payara Micro 6 has no such
 * option of its own) is folded into the Data Grid's cluster name, which Hazelcast compares when a member joins: an
 * instance with another password, or none, forms a grid of its own. It keeps strangers on a shared network out of
 * the grid; it does not encrypt the grid's traffic (keep the grid's ports on a private network).
 *
 * <p>The decision is handed to the application as the system property {@value #CLUSTER_PROPERTY} ({@code on} or
 * {@code off}): clustered, it counts rate limits and versions its caches on the grid.
 */
public final class CitasLauncher {

    /** Read by the application (MicroProfile Config) to choose where quotas are counted. */
    public static final String CLUSTER_PROPERTY = "citas.cluster";
    static final String PASSWORD_VARIABLE = "CITAS_CLUSTER_PASSWORD";
    static final String PAYARA_MAIN = "fish.payara.micro.PayaraMicro";

    /** Payara Micro's options that mean "join a Data Grid"; option names are case-insensitive there too. */
    static final Set<String> CLUSTERING_OPTIONS = Set.of("--clustername", "--clustermode", "--interfaces",
            "--hzpublicaddress", "--mcaddress", "--mcport", "--startport", "--lite", "--hzconfigfile");
    /** Payara Micro's options that take no value (every other option here takes one). */
    private static final Set<String> FLAGS = Set.of("--lite");

    private CitasLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Launch launch = launch(List.of(args), System.getenv());
        System.setProperty(CLUSTER_PROPERTY, launch.clustered() ? "on" : "off");
        launch.notice().ifPresent(System.err::println);
        Class.forName(PAYARA_MAIN).getMethod("main", String[].class)
                .invoke(null, (Object) launch.arguments().toArray(String[]::new));
    }

    /** What Payara Micro is started with; {@code notice} is a line for the log, if any. */
    record Launch(List<String> arguments, boolean clustered, Optional<String> notice) {
    }

    /** The arguments Payara Micro gets for the command line {@code args} and environment {@code env}. */
    static Launch launch(List<String> args, Map<String, String> env) {
        List<String> passed = new ArrayList<>();
        String password = env.get(PASSWORD_VARIABLE);
        String clusterName = null;
        boolean clustered = false;
        boolean standAloneAsked = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.toLowerCase(Locale.ROOT);
            if (option.equals("--clusterpassword")) {
                password = valueOf(args, i++);
                continue;
            }
            if (option.equals("--clustername")) {
                clusterName = valueOf(args, i++);
                clustered = true;
                continue;
            }
            if (option.equals("--nocluster") || option.equals("--nohazelcast")) {
                standAloneAsked = true;
            }
            if (CLUSTERING_OPTIONS.contains(option)) {
                clustered = true;
            }
            passed.add(arg);
            if (CLUSTERING_OPTIONS.contains(option) && !FLAGS.contains(option) && i + 1 < args.size()) {
                passed.add(args.get(++i));
            }
        }
        clustered &= !standAloneAsked;
        if (!clustered) {
            if (!standAloneAsked) {
                passed.add(0, "--nocluster");
            }
            if (clusterName != null) {
                passed.addAll(0, List.of("--clustername", clusterName));
            }
            return new Launch(List.copyOf(passed), false, Optional.empty());
        }
        String name = clusterName == null ? "citas" : clusterName;
        Optional<String> notice = Optional.empty();
        if (password == null || password.isBlank()) {
            notice = Optional.of("Citas INM: joining the Data Grid '" + name + "' without a cluster password"
                    + " (--clusterpassword or CITAS_CLUSTER_PASSWORD): any Payara Micro that reaches it with that name"
                    + " can join.");
        } else {
            name = name + "-" + digest(name, password);
        }
        passed.addAll(0, List.of("--clustername", name));
        return new Launch(List.copyOf(passed), true, notice);
    }

    private static String valueOf(List<String> args, int option) {
        if (option + 1 >= args.size()) {
            throw new IllegalArgumentException(args.get(option) + " needs a value");
        }
        return args.get(option + 1);
    }

    /** 16 bytes of SHA-256 over the name and the password: the same on every member that was given both. */
    static String digest(String name, String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((name + '\u0000' + password)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
