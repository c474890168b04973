package io.videogen.presentation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.videogen.application.port.in.RenderSpecUseCase;
import io.videogen.application.port.in.RenderSpecUseCase.RenderFailedException;
import io.videogen.application.port.in.RenderSpecUseCase.RenderSpecCommand;
import io.videogen.application.port.in.RenderSpecUseCase.RenderedVideo;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.shared.DomainException;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import io.videogen.presentation.problem.JsonFieldPath;
import io.videogen.presentation.rest.video.CreateVideoRequest;
import io.videogen.presentation.rest.video.VideoDrafts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * {@code videogen render <spec.json> -o <out.mp4>}: renders the create-video JSON of the REST API
 * to a file, offline, without the server or its database. The spec is read with the REST request
 * model and its checks, so a spec the CLI accepts is one the API accepts too.
 *
 * <p>Exit codes: {@value #OK} done, {@value #FAILED} the render failed (the message names the stage
 * and scene), {@value #BAD_INPUT} the spec or an asset file is not acceptable (the message names
 * the field), {@value #USAGE} the command line itself is wrong.
 */
public final class RenderCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int USAGE = 64;

    private final RenderSpecUseCase renders;
    private final VideoDrafts drafts;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /**
     * @param terminal whether {@code err} is a terminal: a redrawn progress bar then, plain lines otherwise
     */
    public RenderCommand(RenderSpecUseCase renders, VideoDrafts drafts, PrintStream out, PrintStream err,
                         boolean terminal) {
        this.renders = renders;
        this.drafts = drafts;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** @param args the arguments after {@code render} */
    public int run(List<String> args) {
        RenderArguments arguments;
        try {
            arguments = RenderArguments.parse(args);
        } catch (RenderArguments.UsageException e) {
            err.println("videogen render: " + e.getMessage());
            err.println(RenderArguments.USAGE_TEXT);
            return USAGE;
        }
        if (arguments.help()) {
            out.println(RenderArguments.USAGE_TEXT);
            return OK;
        }
        Spec spec;
        try {
            spec = read(arguments.spec());
        } catch (BadInput e) {
            err.println("videogen render: bad input: " + e.getMessage());
            return BAD_INPUT;
        }
        return render(arguments, spec);
    }

    /**
     * A spec read and mapped to a draft, and its Bean Validation constraints being checked meanwhile
     * on another thread: building a validator costs about a third of a second, as much as the voice
     * stage, so the render starts at once and stops before composition if a constraint failed.
     */
    record Spec(VideoDraft draft, Future<List<String>> violations) {

        /** Waits for the check; when a constraint failed, throws BadInput naming them, else returns. */
        void requireValidBeforeRendering() throws BadInput {
            try {
                requireValid();
            } catch (BadInputDuringRender e) {
                throw new BadInput(e.getMessage());
            }
        }

        /** Waits for the check; @throws BadInputDuringRender naming every violated constraint */
        void requireValid() {
            List<String> found;
            try {
                found = violations.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BadInputDuringRender("interrupted while checking the spec");
            } catch (ExecutionException e) {
                throw new BadInputDuringRender("the spec could not be checked: " + e.getCause());
            }
            if (!found.isEmpty()) {
                throw new BadInputDuringRender(String.join("; ", found));
            }
        }
    }

    /** Thrown from the progress listener to stop a render whose spec turned out invalid. */
    static final class BadInputDuringRender extends RuntimeException {
        BadInputDuringRender(String message) {
            super(message, null, false, false);
        }
    }

    private int render(RenderArguments arguments, Spec spec) {
        long started = System.nanoTime();
        Path workspace = arguments.workspace();
        boolean temporary = workspace == null;
        ProgressDisplay display = arguments.quiet() ? ProgressDisplay.silent()
                : terminal ? ProgressDisplay.bar(err) : ProgressDisplay.lines(err);
        try {
            if (temporary) {
                workspace = Files.createTempDirectory("videogen-render-");
            }
            RenderedVideo video = renders.render(new RenderSpecCommand(spec.draft(), arguments.output(), workspace,
                    arguments.assets(), new Checked(display, spec)));
            display.finish();
            if (!arguments.quiet()) {
                out.printf(Locale.ROOT, "wrote %s (%.2f s, %d scenes: %d encoded, %d reused) and its .jpg, .srt, "
                                + ".vtt in %.1f s%n", video.video(), video.duration().toMillis() / 1000.0,
                        video.scenes(), video.segmentsEncoded(), video.segmentsReused(),
                        (System.nanoTime() - started) / 1e9);
            }
            return OK;
        } catch (BadInputDuringRender e) {
            display.finish();
            err.println("videogen render: bad input: " + e.getMessage());
            return BAD_INPUT;
        } catch (RenderFailedException e) {
            display.finish();
            VideoFailure failure = e.failure();
            err.println("videogen render: failed in stage " + failure.stage().label()
                    + failure.scene().stream().mapToObj(scene -> ", scene " + scene).findFirst().orElse("")
                    + " (" + failure.code().name().toLowerCase(Locale.ROOT) + "): " + failure.message());
            return FAILED;
        } catch (DomainException e) {
            display.finish();
            err.println("videogen render: bad input: " + describe(e));
            return BAD_INPUT;
        } catch (IOException e) {
            display.finish();
            err.println("videogen render: failed: cannot create a working directory: " + e.getMessage());
            return FAILED;
        } finally {
            if (temporary && workspace != null) {
                deleteQuietly(workspace);
            }
        }
    }

    /** The spec could not be read or is not a valid video. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    /** Reads the spec with the REST request model, its Bean Validation constraints and its mapping. */
    Spec read(Path spec) throws BadInput {
        byte[] json;
        try {
            json = Files.readAllBytes(spec);
        } catch (IOException e) {
            throw new BadInput("cannot read the spec " + spec + ": " + e);
        }
        CreateVideoRequest request;
        try {
            request = JSON.readValue(json, CreateVideoRequest.class);
        } catch (JsonMappingException e) {
            String field = JsonFieldPath.of(e);
            String reason = e instanceof UnrecognizedPropertyException unknown
                    ? "unknown field '" + unknown.getPropertyName() + "'"
                    : e.getOriginalMessage();
            throw new BadInput((field.isEmpty() ? "" : field + ": ") + reason);
        } catch (JsonProcessingException e) {
            throw new BadInput("the spec is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadInput("cannot read the spec " + spec + ": " + e.getMessage());
        }
        if (request == null) {
            throw new BadInput("the spec is empty; write a JSON object with script or scenes");
        }
        CreateVideoRequest checked = request;
        FutureTask<List<String>> violations = new FutureTask<>(() -> validate(checked));
        Thread checker = new Thread(violations, "videogen-spec-check");
        checker.setDaemon(true);
        checker.start();
        try {
            return new Spec(drafts.toDraft(request), violations);
        } catch (DomainException e) {
            // A violated constraint says it better (and names the field as the REST API does).
            new Spec(null, violations).requireValidBeforeRendering();
            throw new BadInput(describe(e));
        }
    }

    /** Passes progress on, and before the first stage that costs real work insists the spec is valid. */
    private static final class Checked implements RenderSpecUseCase.Listener {

        private final RenderSpecUseCase.Listener display;
        private final Spec spec;

        Checked(RenderSpecUseCase.Listener display, Spec spec) {
            this.display = display;
            this.spec = spec;
        }

        @Override
        public void stageStarted(Stage stage, int scenes) {
            if (stage.ordinal() >= Stage.COMPOSITION.ordinal()) {
                spec.requireValid();
            }
            display.stageStarted(stage, scenes);
        }

        @Override
        public void progress(Stage stage, int stagePercent, int overallPercent) {
            display.progress(stage, stagePercent, overallPercent);
        }

        @Override
        public void artefact(String kind, int sceneIndex, boolean reused) {
            display.artefact(kind, sceneIndex, reused);
        }
    }

    private static List<String> validate(CreateVideoRequest request) {
        Set<ConstraintViolation<CreateVideoRequest>> found = Validators.INSTANCE.validate(request);
        List<String> messages = new ArrayList<>();
        found.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> messages.add(v.getPropertyPath() + ": " + v.getMessage()));
        return messages;
    }

    private static String describe(DomainException e) {
        return e instanceof InvalidValueException invalid && invalid.field() != null
                ? invalid.field() + ": " + e.getMessage() : e.getMessage();
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    /** Unknown fields are errors, as they are for the REST API: a misspelt field is never silently ignored. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Built on first use; without a container, so messages are interpolated without an EL engine. */
    private static final class Validators {
        static final Validator INSTANCE;

        static {
            ValidatorFactory factory = Validation.byDefaultProvider().configure()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
            INSTANCE = factory.getValidator();
        }
    }
}
