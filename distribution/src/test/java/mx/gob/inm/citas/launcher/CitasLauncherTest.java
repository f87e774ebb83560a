package mx.gob.inm.citas.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitasLauncherTest {

    @Test
    void without_clustering_options_payara_micro_starts_stand_alone() {
        CitasLauncher.Launch launch = CitasLauncher.launch(List.of("--port", "8080"), Map.of());
        assertThat(launch.clustered()).isFalse();
        assertThat(launch.arguments()).containsExactly("--nocluster", "--port", "8080");
        assertThat(launch.notice()).isEmpty();
    }

    @Test
    void any_clustering_option_joins_a_data_grid_and_its_value_is_passed_on() {
        for (String option : List.of("--clustermode", "--interfaces", "--hzpublicaddress", "--startport",
                "--clusterMode")) {
            CitasLauncher.Launch launch = CitasLauncher.launch(List.of("--port", "8080", option, "127.0.0.1"),
                    Map.of());
            assertThat(launch.clustered()).as(option).isTrue();
            assertThat(launch.arguments()).as(option).doesNotContain("--nocluster")
                    .containsSubsequence(option, "127.0.0.1");
        }
    }

    @Test
    void a_cluster_without_a_password_is_joined_under_its_name_and_warned_about() {
        CitasLauncher.Launch launch = CitasLauncher.launch(List.of("--clustername", "inm", "--clustermode",
                "tcpip:10.0.0.1:5900,10.0.0.2:5900"), Map.of());
        assertThat(launch.arguments()).containsExactly("--clustername", "inm", "--clustermode",
                "tcpip:10.0.0.1:5900,10.0.0.2:5900");
        assertThat(launch.notice()).hasValueSatisfying(n -> assertThat(n).contains("without a cluster password"));
    }

    @Test
    void the_password_makes_the_grid_name_so_members_with_another_password_form_another_grid() {
        List<String> args = List.of("--clustername", "inm", "--clusterpassword", "uno", "--port", "8080");
        CitasLauncher.Launch one = CitasLauncher.launch(args, Map.of());
        CitasLauncher.Launch same = CitasLauncher.launch(List.of("--clustername", "inm", "--port", "8081"),
                Map.of("CITAS_CLUSTER_PASSWORD", "uno"));
        CitasLauncher.Launch other = CitasLauncher.launch(List.of("--clustername", "inm", "--clusterpassword", "dos"),
                Map.of());
        assertThat(one.arguments()).doesNotContain("uno", "--clusterpassword").contains("--port", "8080");
        String name = one.arguments().get(one.arguments().indexOf("--clustername") + 1);
        assertThat(name).startsWith("inm-").hasSize("inm-".length() + 32).doesNotContain("uno");
        assertThat(same.arguments().get(same.arguments().indexOf("--clustername") + 1)).isEqualTo(name);
        assertThat(other.arguments().get(other.arguments().indexOf("--clustername") + 1)).isNotEqualTo(name);
        assertThat(one.notice()).isEmpty();
    }

    @Test
    void an_explicit_nocluster_wins_and_a_password_option_needs_a_value() {
        CitasLauncher.Launch launch = CitasLauncher.launch(List.of("--nocluster", "--clustername", "inm"), Map.of());
        assertThat(launch.clustered()).isFalse();
        assertThat(launch.arguments()).containsOnlyOnce("--nocluster");
        assertThatThrownBy(() -> CitasLauncher.launch(List.of("--clusterpassword"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--clusterpassword");
    }
}
