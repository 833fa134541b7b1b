package org.roikit.attribution.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests, driven over the Chrome DevTools Protocol (CDP) with the JDK alone.
 *
 * <p>How it works. {@link #find()} looks for the browser: the system property {@code roikit.chromium}
 * when set, else {@code /usr/bin/chromium}, else {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome} on the {@code PATH}. {@link #start(Path)} launches it with
 * {@code --headless --no-sandbox --disable-gpu}, a fresh temporary profile
 * ({@code --user-data-dir}) and {@code --remote-debugging-port=0}, so the browser picks a free port
 * and writes it to {@code <profile>/DevToolsActivePort}. The page target's WebSocket address comes
 * from {@code http://127.0.0.1:PORT/json/list}. Commands go over a {@link WebSocket} as JSON
 * ({@code {"id":1,"method":"Page.navigate","params":{...}}}); answers come back with the same id,
 * events carry a method and no id.
 *
 * <p>{@link #render(Path, int, int)} sets the viewport, opens the file, waits for its load event and
 * takes a PNG of the whole page at the requested width. Meanwhile it records console calls
 * ({@code Runtime.consoleAPICalled}), uncaught exceptions ({@code Runtime.exceptionThrown}), log
 * entries such as failed loads ({@code Log.entryAdded}) and every requested URL
 * ({@code Network.requestWillBeSent}).
 *
 * <p>Pages never reach the network: all their http(s) traffic goes to a proxy address that refuses
 * connections, so an external reference fails at once, yet still shows in the request list. Every
 * wait gives up after {@link #TIMEOUT} with a message that includes the browser's last output.
 * {@link #close()} ends the browser and its child processes and deletes the profile. One page at a
 * time: an instance is for one test thread.
 */
final class Chromium implements AutoCloseable {

    /** How long any single step may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The system property that names the browser binary. */
    static final String BINARY_PROPERTY = "roikit.chromium";

    /** The browser's names on the {@code PATH}, in the order they are tried. */
    static final List<String> NAMES_ON_PATH = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;
    private final Path home;
    private final Path output;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Json>> answers = new ConcurrentHashMap<>();
    private volatile Recording recording;
    private volatile String closedBecause;
    private WebSocket socket;

    /**
     * Where the browser is, or why there is none.
     *
     * @param binary the browser executable, if found
     * @param reason why none was found; empty when one was
     */
    record Lookup(Optional<Path> binary, String reason) {

        /**
         * Returns the browser, or aborts the calling test (reported as skipped) with the reason.
         *
         * @return the browser executable
         */
        Path orSkip() {
            return binary.orElseGet(() -> Assumptions.abort("Chromium not found: " + reason));
        }
    }

    /**
     * One rendered page.
     *
     * @param url the page's file URL
     * @param png the screenshot: the requested width, and the taller of the requested height and the page
     * @param contentWidth the page's scrollable width in CSS pixels (wider than requested means it overflows)
     * @param contentHeight the page's scrollable height in CSS pixels
     * @param console console calls, in order
     * @param exceptions uncaught exceptions, in order
     * @param log browser log entries (failed loads, interventions, ...), in order
     * @param requests every URL the page requested, in order, the page itself first
     */
    record Rendering(String url, byte[] png, int contentWidth, int contentHeight, List<Message> console,
            List<String> exceptions, List<Message> log, List<String> requests) {

        Rendering {
            console = List.copyOf(console);
            exceptions = List.copyOf(exceptions);
            log = List.copyOf(log);
            requests = List.copyOf(requests);
        }

        /**
         * Returns the console errors and warnings, the uncaught exceptions and the log errors and
         * warnings: what a clean page has none of.
         *
         * @return the problems, console first, then exceptions, then log
         */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            console.stream().filter(m -> m.level().matches("error|warning|assert")).forEach(m -> problems.add("console " + m));
            exceptions.forEach(e -> problems.add("exception " + e));
            log.stream().filter(m -> m.level().matches("error|warning")).forEach(m -> problems.add("log " + m));
            return problems;
        }

        /**
         * Returns the requested URLs other than the page itself.
         *
         * @return the other URLs, in order
         */
        List<String> otherRequests() {
            return requests.stream().filter(r -> !r.equals(url)).toList();
        }

        @Override
        public String toString() {
            return "Rendering[" + url + ", " + png.length + " bytes of PNG, content " + contentWidth + "x" + contentHeight
                    + ", problems " + problems() + ", requests " + requests + "]";
        }
    }

    /**
     * A console or log message.
     *
     * @param level the console call's type ({@code log}, {@code error}, ...) or the log entry's level
     * @param text the message
     */
    record Message(String level, String text) {

        @Override
        public String toString() {
            return level + ": " + text;
        }
    }

    /** What one render collects; filled by the WebSocket listener's thread. */
    private static final class Recording {
        final CompletableFuture<Void> loaded = new CompletableFuture<>();
        final List<Message> console = new CopyOnWriteArrayList<>();
        final List<String> exceptions = new CopyOnWriteArrayList<>();
        final List<Message> log = new CopyOnWriteArrayList<>();
        final List<String> requests = new CopyOnWriteArrayList<>();
    }

    private Chromium(Path binary, Path home, Process process) {
        this.binary = binary;
        this.home = home;
        this.output = home.resolve("output.log");
        this.process = process;
    }

    /**
     * Returns where the browser is, or why none was found, from the system property
     * {@value #BINARY_PROPERTY}, {@code /usr/bin/chromium} and the {@code PATH}.
     *
     * @return the lookup
     */
    static Lookup find() {
        return find(System.getProperty(BINARY_PROPERTY, ""), Path.of("/usr/bin/chromium"),
                Objects.requireNonNullElse(System.getenv("PATH"), ""));
    }

    /**
     * Returns where the browser is, or why none was found: the named binary when one is named (and
     * nothing else then), else the Debian binary, else the first of {@link #NAMES_ON_PATH} on the path.
     *
     * @param named the value of {@value #BINARY_PROPERTY}; blank when unset
     * @param debian where the Debian package puts the browser
     * @param path directories separated by the platform's path separator
     * @return the lookup
     */
    static Lookup find(String named, Path debian, String path) {
        if (!named.isBlank()) {
            Path binary = Path.of(named);
            return isExecutableFile(binary)
                    ? new Lookup(Optional.of(binary), "")
                    : new Lookup(Optional.empty(), "-D" + BINARY_PROPERTY + "=" + named + " is not an executable file");
        }
        if (isExecutableFile(debian)) {
            return new Lookup(Optional.of(debian), "");
        }
        for (String name : NAMES_ON_PATH) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && isExecutableFile(Path.of(dir, name))) {
                    return new Lookup(Optional.of(Path.of(dir, name)), "");
                }
            }
        }
        return new Lookup(Optional.empty(), "no " + debian + " and none of " + NAMES_ON_PATH
                + " on the PATH; install the Debian package chromium or set -D" + BINARY_PROPERTY + "=/path/to/chrome");
    }

    private static boolean isExecutableFile(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    /**
     * Returns a started browser with one blank page, ready to render.
     *
     * @param binary the browser executable
     * @return the browser; close it to end the process and delete its profile
     * @throws IOException if the profile cannot be made or the process cannot start
     * @throws IllegalStateException if the browser does not come up within {@link #TIMEOUT}
     */
    static Chromium start(Path binary) throws IOException {
        return start(binary, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Returns a started browser whose temporary directory is made in the given one.
     *
     * @param binary the browser executable
     * @param temp where to make the temporary directory
     * @return the browser; close it to end the process and delete its directory
     * @throws IOException if the directory cannot be made or the process cannot start
     * @throws IllegalStateException if the browser does not come up within {@link #TIMEOUT}
     */
    static Chromium start(Path binary, Path temp) throws IOException {
        Objects.requireNonNull(binary, "binary");
        Path home = Files.createTempDirectory(temp, "roikit-chromium-");
        Path profile = home.resolve("profile");
        Process process;
        try {
            Files.createDirectory(profile);
            process = new ProcessBuilder(binary.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0",
                    "--no-first-run", "--hide-scrollbars", "--disable-background-networking",
                    "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                    "about:blank")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("output.log").toFile())
                    .start();
        } catch (IOException | RuntimeException e) {
            deleteTree(home);
            throw e;
        }
        Chromium chromium = new Chromium(binary, home, process);
        try {
            chromium.connect(profile.resolve("DevToolsActivePort"));
            return chromium;
        } catch (RuntimeException | Error e) {
            try {
                chromium.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void connect(Path portFile) {
        int port = awaitPort(portFile);
        String socketUrl = awaitPageTarget(port);
        socket = await(http.newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(socketUrl), new Listener()), "a DevTools connection to " + socketUrl);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            send(domain + ".enable", Map.of());
        }
    }

    private int awaitPort(Path portFile) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            } catch (NoSuchFileException notYet) {
                // the browser writes the file once DevTools listens
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!process.isAlive()) {
                throw failure(binary + " exited with status " + process.exitValue() + " before DevTools listened");
            }
            if (System.nanoTime() > deadline) {
                throw failure("no " + portFile + " within " + TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    private String awaitPageTarget(int port) {
        URI list = URI.create("http://127.0.0.1:" + port + "/json/list");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(list).timeout(TIMEOUT).GET().build();
            String body = await(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()), "GET " + list).body();
            for (Json target : Json.parse(body).items()) {
                if (target.at("type").text().equals("page") && target.at("webSocketDebuggerUrl").isPresent()) {
                    return target.at("webSocketDebuggerUrl").text();
                }
            }
            if (System.nanoTime() > deadline) {
                throw failure("no page target in " + list + " within " + TIMEOUT.toSeconds() + " s: " + body);
            }
            pause();
        }
    }

    /**
     * Returns the browser process.
     *
     * @return the process handle
     */
    ProcessHandle process() {
        return process.toHandle();
    }

    /**
     * Returns the temporary directory that holds the profile and the browser's output; gone after
     * {@link #close()}.
     *
     * @return the directory
     */
    Path home() {
        return home;
    }

    /**
     * Returns the file rendered in a viewport of the given size, with what happened while it loaded.
     *
     * @param html the page
     * @param width the viewport and screenshot width in CSS pixels (one device pixel each)
     * @param height the viewport height; the screenshot is taller when the page is
     * @return the rendering
     * @throws IllegalArgumentException if the file does not exist or a size is not positive
     * @throws IllegalStateException if the browser fails, or a step takes longer than {@link #TIMEOUT}
     */
    Rendering render(Path html, int width, int height) {
        Objects.requireNonNull(html, "html");
        if (!Files.isRegularFile(html)) {
            throw new IllegalArgumentException("html (" + html + ") must be a file");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width x height (" + width + "x" + height + ") must be positive");
        }
        String url = html.toAbsolutePath().normalize().toUri().toString();
        send("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        Recording current = new Recording();
        recording = current;
        Json navigation = send("Page.navigate", Map.of("url", url));
        if (navigation.at("errorText").isPresent()) {
            throw failure("could not open " + url + ": " + navigation.at("errorText").text());
        }
        await(current.loaded, "the load event of " + url);
        send("Runtime.evaluate", Map.of("expression", "document.fonts.ready.then(() => true)", "awaitPromise", true));
        Json size = send("Page.getLayoutMetrics", Map.of()).at("cssContentSize");
        int contentWidth = (int) Math.ceil(size.at("width").number());
        int contentHeight = (int) Math.ceil(size.at("height").number());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.max(height, contentHeight), "scale", 1);
        Json shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        recording = null;
        return new Rendering(url, Base64.getDecoder().decode(shot.at("data").text()), contentWidth, contentHeight,
                current.console, current.exceptions, current.log, current.requests);
    }

    /**
     * Returns the value of a JavaScript expression evaluated in the page last rendered, as JSON
     * (promises are awaited): for measuring the laid-out page, such as an element's scroll width.
     *
     * @param expression the expression, whose value must be serialisable as JSON
     * @return the value
     * @throws IllegalStateException if the expression throws, or the browser fails or takes longer
     *     than {@link #TIMEOUT}
     */
    Json evaluate(String expression) {
        Objects.requireNonNull(expression, "expression");
        Json reply = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (reply.at("exceptionDetails").isPresent()) {
            throw failure("evaluating " + expression + " threw " + reply.at("exceptionDetails").at("exception")
                    .at("description").toText());
        }
        return reply.at("result").at("value");
    }

    private Json send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<Json> answer = new CompletableFuture<>();
        answers.put(id, answer);
        String closed = closedBecause;
        if (closed != null) {
            answer.completeExceptionally(new IllegalStateException(closed));
        }
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("id", id);
        command.put("method", method);
        command.put("params", params);
        await(socket.sendText(Json.write(command), true), "sending " + method);
        Json reply = await(answer, "the answer to " + method);
        if (reply.at("error").isPresent()) {
            throw failure(method + " failed: " + reply.at("error").at("message").text());
        }
        return reply.at("result");
    }

    private void dispatch(String text) {
        Json message = Json.parse(text);
        if (message.at("id").isPresent()) {
            CompletableFuture<Json> answer = answers.remove((int) message.at("id").number());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        Recording current = recording;
        if (current == null) {
            return;
        }
        Json params = message.at("params");
        switch (message.at("method").text()) {
            case "Page.loadEventFired" -> current.loaded.complete(null);
            case "Network.requestWillBeSent" -> current.requests.add(params.at("request").at("url").text());
            case "Runtime.consoleAPICalled" -> {
                List<String> args = new ArrayList<>();
                for (Json arg : params.at("args").items()) {
                    args.add(arg.at("value").isPresent() ? arg.at("value").toText()
                            : arg.at("description").isPresent() ? arg.at("description").text() : arg.at("type").text());
                }
                current.console.add(new Message(params.at("type").text(), String.join(" ", args)));
            }
            case "Runtime.exceptionThrown" -> {
                Json details = params.at("exceptionDetails");
                current.exceptions.add(details.at("exception").at("description").isPresent()
                        ? details.at("exception").at("description").text() : details.at("text").text());
            }
            case "Log.entryAdded" -> {
                Json entry = params.at("entry");
                String where = entry.at("url").isPresent() ? " (" + entry.at("url").text() + ")" : "";
                current.log.add(new Message(entry.at("level").text(),
                        entry.at("source").text() + ": " + entry.at("text").text() + where));
            }
            default -> {
                // other events are not recorded
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            abandon("the DevTools connection closed (" + statusCode + " " + reason + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            abandon("the DevTools connection failed: " + error);
        }
    }

    private void abandon(String why) {
        closedBecause = why;
        answers.values().forEach(a -> a.completeExceptionally(new IllegalStateException(why)));
        Recording current = recording;
        if (current != null) {
            current.loaded.completeExceptionally(new IllegalStateException(why));
        }
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure("no " + what + " within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            IllegalStateException failure = failure("failed waiting for " + what + ": " + e.getCause().getMessage());
            failure.initCause(e.getCause());
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted waiting for " + what);
        }
    }

    private IllegalStateException failure(String what) {
        String tail;
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            tail = "(no output: " + e + ")";
        }
        return new IllegalStateException("Chromium " + binary + ": " + what + "\nits last output:\n" + tail);
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for Chromium", e);
        }
    }

    /**
     * Ends the browser and its child processes and deletes the temporary profile.
     *
     * @throws UncheckedIOException if the profile cannot be deleted
     */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        if (socket != null) {
            try {
                socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(5, TimeUnit.SECONDS);
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the browser is ended below anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            socket.abort();
        }
        end(process.toHandle());
        children.forEach(Chromium::end);
        deleteTree(home);
    }

    private static void end(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        IOException last = null;
        // A child that is still exiting may write one more file; try again briefly.
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (NoSuchFileException gone) {
                if (!Files.exists(root)) {
                    return;
                }
                last = gone;
            } catch (IOException e) {
                last = e;
            }
            pause();
        }
        throw new UncheckedIOException("could not delete " + root, last);
    }

    /**
     * A JSON value, enough for DevTools messages: objects, arrays, strings, numbers, booleans, null;
     * a missing member reads as absent rather than failing, so optional fields are easy to test.
     */
    static final class Json {
        private static final Json ABSENT = new Json(null);
        private final Object value;

        private Json(Object value) {
            this.value = value;
        }

        /**
         * Returns the member with that name, or an absent value.
         *
         * @param name the member name
         * @return the member
         */
        Json at(String name) {
            return value instanceof Map<?, ?> map && map.containsKey(name) ? new Json(map.get(name)) : ABSENT;
        }

        /**
         * Returns whether this value is present (a member that exists, even when it is null).
         *
         * @return true if present
         */
        boolean isPresent() {
            return this != ABSENT;
        }

        /**
         * Returns the elements of an array; an empty list for anything else.
         *
         * @return the elements
         */
        List<Json> items() {
            return value instanceof List<?> list ? list.stream().map(Json::new).toList() : List.of();
        }

        /**
         * Returns the string.
         *
         * @return the string
         * @throws IllegalStateException if this is not a string
         */
        String text() {
            if (value instanceof String s) {
                return s;
            }
            throw new IllegalStateException("not a JSON string: " + toText());
        }

        /**
         * Returns the number.
         *
         * @return the number
         * @throws IllegalStateException if this is not a number
         */
        double number() {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            throw new IllegalStateException("not a JSON number: " + toText());
        }

        /**
         * Returns a string as it is, anything else as JSON.
         *
         * @return the text
         */
        String toText() {
            return value instanceof String s ? s : isPresent() ? write(value) : "(absent)";
        }

        @Override
        public String toString() {
            return toText();
        }

        /**
         * Returns the JSON text of a value made of maps, lists, strings, numbers, booleans and nulls.
         *
         * @param value the value
         * @return the JSON text
         * @throws IllegalArgumentException for any other type
         */
        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof BigDecimal b) {
                write(b.doubleValue(), out);
            } else if (value instanceof Double d) {
                out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
            } else if (value instanceof Number n) {
                out.append(n);
            } else if (value instanceof String s) {
                out.append('"');
                for (char c : s.toCharArray()) {
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                    }
                }
                out.append('"');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                String comma = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(comma);
                    write(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                    comma = ",";
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                String comma = "";
                for (Object item : list) {
                    out.append(comma);
                    write(item, out);
                    comma = ",";
                }
                out.append(']');
            } else {
                throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
            }
        }

        /**
         * Returns the value of a JSON text, read by the strict reader of the CLI tests.
         *
         * @param text the JSON text
         * @return the value
         * @throws IllegalArgumentException if the text is not JSON, naming the offset
         */
        static Json parse(String text) {
            return new Json(org.roikit.attribution.cli.Json.parse(text));
        }
    }
}
