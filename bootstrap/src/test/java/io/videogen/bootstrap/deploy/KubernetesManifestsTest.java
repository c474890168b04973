package io.videogen.bootstrap.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/kubernetes, read into the fabric8 Kubernetes model as kustomize renders each overlay, checked
 * against the application itself (this test runs it): resources on every container, probes on health
 * endpoints the application answers, the disruption budget and the autoscaler on the worker pods,
 * environment names that are configuration keys, and Secrets whose every key is used.
 */
@QuarkusTest
class KubernetesManifestsTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    private static final Map<String, String> HEALTH = Map.of("startup", "/q/health/started",
            "readiness", "/q/health/ready", "liveness", "/q/health/live");

    static Manifests rendered(String overlay) {
        return new Manifests(Kustomization.render(MANIFESTS.resolve(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/local-hpa", "overlays/s3"})
    void everyContainerAsksForCpuAndMemoryAndIsCappedInMemory(String overlay) {
        for (Deployment deployment : rendered(overlay).all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Map<String, Quantity> requests = container.getResources().getRequests();
                assertThat(requests).as(deployment.getMetadata().getName()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(deployment.getMetadata().getName())
                        .containsKey("memory");
                assertThat(Quantity.getAmountInBytes(container.getResources().getLimits().get("memory")))
                        .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/s3"})
    void videogenProbesAskHealthEndpointsTheApplicationAnswersOnANamedPort(String overlay) {
        List<Container> videogen = rendered(overlay).videogenContainers();
        assertThat(videogen).hasSize(2);
        for (Container container : videogen) {
            Map<String, Probe> probes = Map.of("startup", container.getStartupProbe(),
                    "readiness", container.getReadinessProbe(), "liveness", container.getLivenessProbe());
            probes.forEach((kind, probe) -> {
                assertThat(probe).as(kind + " probe").isNotNull();
                String path = probe.getHttpGet().getPath();
                assertThat(path).as(kind + " probe").isEqualTo(HEALTH.get(kind));
                assertThat(container.getPorts()).extracting(port -> port.getName())
                        .contains(probe.getHttpGet().getPort().getStrVal());
                // UP or DOWN, but there: 200 or 503, never 404
                assertThat(given().get(path).statusCode()).as(path).isIn(200, 503);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/s3"})
    void otherContainersProbeAPortTheyOpen(String overlay) {
        for (Deployment deployment : rendered(overlay).all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (Probe probe : new Probe[] {container.getReadinessProbe(), container.getLivenessProbe()}) {
                    assertThat(probe).as(deployment.getMetadata().getName()).isNotNull();
                    assertThat(container.getPorts()).extracting(port -> port.getName())
                            .contains(probe.getHttpGet().getPort().getStrVal());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/local-hpa", "overlays/s3"})
    void theDisruptionBudgetsSelectTheirRolesPodsOnly(String overlay) {
        Manifests manifests = rendered(overlay);
        PodDisruptionBudget workers = manifests.named(PodDisruptionBudget.class, "videogen-worker");
        Map<String, String> selector = workers.getSpec().getSelector().getMatchLabels();
        assertThat(manifests.selects(selector)).extracting(deployment -> deployment.getMetadata().getName())
                .containsExactly("videogen-worker");
        assertThat(workers.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        PodDisruptionBudget api = manifests.named(PodDisruptionBudget.class, "videogen-api");
        assertThat(manifests.selects(api.getSpec().getSelector().getMatchLabels()))
                .extracting(deployment -> deployment.getMetadata().getName()).containsExactly("videogen-api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/s3"})
    void aStoppingWorkerReleasesItsJobsBeforeTheKubeletKillsIt(String overlay) {
        Deployment workers = rendered(overlay).named(Deployment.class, "videogen-worker");
        Map<String, Duration> settings = new java.util.HashMap<>();
        workers.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(variable -> variable.getName().startsWith("VIDEOGEN_WORKER_"))
                .forEach(variable -> settings.put(variable.getName(), Duration.parse(variable.getValue())));
        Duration handingBack = settings.get("VIDEOGEN_WORKER_DRAIN").plus(settings.get("VIDEOGEN_WORKER_SHUTDOWN_GRACE"));

        assertThat(handingBack).isLessThan(Duration.ofSeconds(
                workers.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()));
    }

    @Test
    void theLocalOverlaysShareOneReadWriteManyVolumeBetweenAllPods() {
        for (String overlay : List.of("overlays/local", "overlays/local-hpa")) {
            Manifests manifests = rendered(overlay);
            assertThat(manifests.all(PersistentVolumeClaim.class)).singleElement()
                    .satisfies(claim -> assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany"));
            for (String name : List.of("videogen-api", "videogen-worker")) {
                assertThat(manifests.volume(name, "data").getPersistentVolumeClaim().getClaimName())
                        .isEqualTo("videogen-data");
            }
        }
    }

    @Test
    void theS3OverlayNeedsNoSharedVolumeAndEachWorkerWritesItsOwnDataDirectory() {
        Manifests manifests = rendered("overlays/s3");
        assertThat(manifests.all(PersistentVolumeClaim.class)).as("no ReadWriteMany claim, no claim at all").isEmpty();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                    .as(deployment.getMetadata().getName()).allSatisfy(volume ->
                            assertThat(volume.getPersistentVolumeClaim()).as(volume.getName()).isNull());
        }
        assertThat(manifests.volume("videogen-worker", "data").getEmptyDir()).isNotNull();
        Container worker = manifests.named(Deployment.class, "videogen-worker").getSpec().getTemplate().getSpec()
                .getContainers().get(0);
        assertThat(worker.getVolumeMounts()).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo("data");
            assertThat(mount.getMountPath()).isEqualTo(
                    manifests.named(ConfigMap.class, "videogen").getData().get("VIDEOGEN_DATA_DIR"));
        });
    }

    @Test
    void inTheS3OverlayTheApiPodsSignWithTheKeysOfOneSecretAndNeverRotateThemThemselves() {
        Manifests manifests = rendered("overlays/s3");
        assertThat(manifests.volume("videogen-api", "data").getEmptyDir()).isNotNull();
        assertThat(manifests.volume("videogen-api", "signing-keys").getSecret().getSecretName())
                .isEqualTo("videogen-signing-keys");
        PodSpec api = manifests.named(Deployment.class, "videogen-api").getSpec().getTemplate().getSpec();
        String dataDir = manifests.named(ConfigMap.class, "videogen").getData().get("VIDEOGEN_DATA_DIR");
        Container copy = api.getInitContainers().get(0);
        assertThat(copy.getVolumeMounts()).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo("signing-keys");
            assertThat(mount.getReadOnly()).isTrue();
        }).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo("data");
            assertThat(mount.getMountPath()).isEqualTo(dataDir);
        });
        assertThat(String.join(" ", copy.getCommand())).contains(dataDir + "/keys");
        Duration rotation = api.getContainers().get(0).getEnv().stream()
                .filter(variable -> variable.getName().equals("VIDEOGEN_AUTH_KEY_ROTATION"))
                .map(variable -> Duration.parse(variable.getValue())).findFirst().orElseThrow();
        assertThat(rotation).isGreaterThan(Duration.ofDays(365 * 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local", "overlays/s3"})
    void kedaScalesTheWorkerDeploymentOnTheQueueTable(String overlay) {
        Manifests manifests = rendered(overlay);
        GenericKubernetesResource scaled = manifests.generic("ScaledObject", "videogen-worker");
        Map<String, Object> target = scaled.get("spec", "scaleTargetRef");
        assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", "videogen-worker");
        assertThat(manifests.named(Deployment.class, "videogen-worker").getSpec().getReplicas())
                .as("the replica count is the autoscaler's").isNull();
        List<Map<String, Object>> triggers = scaled.get("spec", "triggers");
        assertThat(triggers).hasSize(1);
        Map<String, Object> trigger = triggers.get(0);
        assertThat(trigger).containsEntry("type", "postgresql");
        Map<String, String> metadata = cast(trigger.get("metadata"));
        assertThat(metadata.get("query")).contains("from render_jobs").contains("status = 'running'")
                .contains("status = 'queued'");
        assertThat(Double.parseDouble(metadata.get("targetQueryValue"))).isPositive();
        Map<String, String> authenticationRef = cast(trigger.get("authenticationRef"));
        String authentication = authenticationRef.get("name");
        GenericKubernetesResource auth = manifests.generic("TriggerAuthentication", authentication);
        List<Map<String, String>> secrets = auth.get("spec", "secretTargetRef");
        for (Map<String, String> reference : secrets) {
            assertThat(manifests.named(Secret.class, reference.get("name")).getStringData())
                    .containsKey(reference.get("key"));
        }
        assertThat(manifests.all(HorizontalPodAutoscaler.class)).as("one autoscaler per Deployment").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local-hpa"})
    void theHpaScalesTheWorkerDeploymentOnTheMetricPrometheusAdapterServes(String overlay) throws IOException {
        Manifests manifests = rendered(overlay);
        HorizontalPodAutoscaler hpa = manifests.named(HorizontalPodAutoscaler.class, "videogen-worker");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("videogen-worker");
        assertThat(manifests.generics("ScaledObject")).as("one autoscaler per Deployment").isEmpty();
        String metric = hpa.getSpec().getMetrics().get(0).getExternal().getMetric().getName();

        Map<String, Object> adapter = Kustomization.read(
                MANIFESTS.resolve("components/hpa-scaling/prometheus-adapter-values.yaml"));
        Map<String, Object> rules = cast(adapter.get("rules"));
        List<Map<String, Object>> external = cast(rules.get("external"));
        Map<String, Object> rule = external.get(0);
        Map<String, String> naming = cast(rule.get("name"));
        assertThat(naming).containsEntry("as", metric);
        String query = (String) rule.get("metricsQuery");
        String exported = given().get("/q/metrics").asString();
        for (String series : List.of("videogen_queue_depth", "videogen_queue_tasks", "videogen_jobs_in_flight")) {
            assertThat(query).contains(series + "{");
            assertThat(exported).as("the application exports " + series).containsPattern("(?m)^" + series + "[ {]");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** The objects of one rendered overlay. */
    record Manifests(List<HasMetadata> objects) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T named(Class<T> type, String name) {
            return all(type).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
        }

        List<GenericKubernetesResource> generics(String kind) {
            return all(GenericKubernetesResource.class).stream().filter(object -> object.getKind().equals(kind))
                    .toList();
        }

        GenericKubernetesResource generic(String kind, String name) {
            return generics(kind).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }

        /** The Deployments whose pods carry every one of these labels. */
        List<Deployment> selects(Map<String, String> labels) {
            return all(Deployment.class).stream().filter(deployment -> deployment.getSpec().getTemplate()
                    .getMetadata().getLabels().entrySet().containsAll(labels.entrySet())).toList();
        }

        /** The volume of that name in the pods of that Deployment. */
        Volume volume(String deployment, String name) {
            return named(Deployment.class, deployment).getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(volume -> volume.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no volume " + name + " in " + deployment));
        }

        /** The containers that run the videogen image. */
        List<Container> videogenContainers() {
            return all(Deployment.class).stream()
                    .flatMap(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers().stream())
                    .filter(container -> container.getImage().startsWith("videogen")).toList();
        }
    }
}
