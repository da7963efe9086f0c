package io.newsdesk.publish.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One Chrome DevTools Protocol connection to one browser target, over the JDK's WebSocket client: no
 * chromedriver, no Selenium. Commands carry an id and wait, bounded, for the answer with that id;
 * everything else the browser sends is an event, kept in arrival order so a caller can
 * {@link #mark() mark} a point and wait for an event that arrives after it (a navigation's
 * {@code Page.loadEventFired}, not the previous page's).
 */
final class DevToolsSession implements AutoCloseable {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

    /** A command the browser answered with an error, or did not answer in time. */
    static final class DevToolsException extends RuntimeException {
        DevToolsException(String message) {
            super(message);
        }

        DevToolsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An event: its method ({@code Page.loadEventFired}) and params. */
    record Event(int seq, String method, JsonNode params) {
    }

    private final ObjectMapper json = Json.mapper();
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<Integer, String> pendingMethods = new ConcurrentHashMap<>();
    private final List<Event> events = new ArrayList<>(); // guarded by this
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final Object sendLock = new Object();
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null); // guarded by sendLock
    private final WebSocket socket;
    private volatile String closedBecause;

    private DevToolsSession(URI webSocketUrl, HttpClient http) {
        try {
            this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(webSocketUrl, new Receiver()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while connecting to " + webSocketUrl, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DevToolsException("cannot open the DevTools socket " + webSocketUrl, e);
        }
    }

    static DevToolsSession connect(URI webSocketUrl, HttpClient http) {
        return new DevToolsSession(webSocketUrl, http);
    }

    /** Sends a command and waits for its result; an error answer or a timeout throws, naming the command. */
    JsonNode send(String method, Map<String, ?> params) {
        CompletableFuture<JsonNode> answer = sendAsync(method, params);
        try {
            return answer.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted waiting for " + method, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DevToolsException d ? d : new DevToolsException(method + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new DevToolsException(method + " was not answered within " + COMMAND_TIMEOUT.toSeconds() + " s"
                    + (closedBecause == null ? "" : " (socket closed: " + closedBecause + ")"));
        }
    }

    JsonNode send(String method) {
        return send(method, Map.of());
    }

    /**
     * Sends without waiting: the only safe way to answer the browser from inside an event listener,
     * which runs on the socket's receiving thread.
     */
    CompletableFuture<JsonNode> sendAsync(String method, Map<String, ?> params) {
        int id = nextId.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        if (closedBecause != null) {
            answer.completeExceptionally(new DevToolsException(method + ": the DevTools socket is closed (" + closedBecause + ")"));
            return answer;
        }
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", json.valueToTree(params));
        String text;
        try {
            text = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new DevToolsException("cannot encode " + method, e);
        }
        pending.put(id, answer);
        pendingMethods.put(id, method);
        // The JDK WebSocket rejects a send while another is in flight, so sends are chained.
        synchronized (sendLock) {
            lastSend = lastSend.handle((ok, err) -> null)
                    .thenCompose(ignored -> socket.sendText(text, true))
                    .whenComplete((ok, err) -> {
                        if (err != null) {
                            fail(id, new DevToolsException("cannot send " + method, err));
                        }
                    });
        }
        return answer;
    }

    /** Calls {@code listener} on the receiving thread for every later event; it must not block. */
    void onEvent(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** A point in the event stream: {@link #await} and {@link #eventsSince} look only after it. */
    synchronized int mark() {
        return events.size();
    }

    synchronized List<Event> eventsSince(int mark, String method) {
        List<Event> found = new ArrayList<>();
        for (int i = mark; i < events.size(); i++) {
            if (events.get(i).method().equals(method)) {
                found.add(events.get(i));
            }
        }
        return found;
    }

    /** Waits, bounded, for an event after {@code mark} with that method whose params match. */
    synchronized Event await(int mark, String method, Predicate<JsonNode> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = mark;
        while (true) {
            for (; checked < events.size(); checked++) {
                Event e = events.get(checked);
                if (e.method().equals(method) && matching.test(e.params())) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || closedBecause != null) {
                throw new DevToolsException("no " + method + " within " + timeout.toMillis() + " ms"
                        + (closedBecause == null ? "" : " (socket closed: " + closedBecause + ")"));
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new DevToolsException("interrupted waiting for " + method, ie);
            }
        }
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            // A browser that sends broken JSON is broken; make every waiting command say so.
            closedBecause = "unreadable message from the browser: " + e.getOriginalMessage();
            pending.keySet().forEach(id -> fail(id, new DevToolsException(closedBecause)));
            return;
        }
        if (message.has("id")) {
            int id = message.get("id").asInt();
            CompletableFuture<JsonNode> answer = pending.remove(id);
            String method = pendingMethods.remove(id);
            if (answer == null) {
                return;
            }
            if (message.has("error")) {
                answer.completeExceptionally(new DevToolsException(method + " failed: " + message.get("error")));
            } else {
                answer.complete(message.path("result"));
            }
            return;
        }
        Event event;
        synchronized (this) {
            event = new Event(events.size(), message.path("method").asText(), message.path("params"));
            events.add(event);
            notifyAll();
        }
        for (Consumer<Event> listener : listeners) {
            listener.accept(event);
        }
    }

    private void fail(int id, DevToolsException error) {
        CompletableFuture<JsonNode> answer = pending.remove(id);
        pendingMethods.remove(id);
        if (answer != null) {
            answer.completeExceptionally(error);
        }
    }

    private void closed(String why) {
        closedBecause = why;
        pending.keySet().forEach(id -> fail(id, new DevToolsException("DevTools socket closed: " + why)));
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void close() {
        if (closedBecause == null) {
            closedBecause = "closed by the test";
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
        closed("closed by the test");
    }

    /** Reassembles fragmented text frames: large answers (a page's text) arrive in pieces. */
    private final class Receiver implements WebSocket.Listener {
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
            closed("browser closed the socket (" + statusCode + " " + reason + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed("socket error: " + error);
        }
    }
}
