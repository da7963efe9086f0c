package io.newsdesk.broker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Finding ports on 127.0.0.1 that nothing listens on, for brokers whose address must not change. */
final class LoopbackPorts {

    static final String HOST = "127.0.0.1";

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackPorts.class);
    private static final Path LINUX_EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST_CANDIDATE = 10_000;
    private static final int ATTEMPTS = 200;

    private LoopbackPorts() {
    }

    /**
     * {@code count} distinct ports the operating system hands out now ({@code ServerSocket(0)}, from its
     * ephemeral range). Right for a server that is started once and keeps its port while it runs.
     */
    static int[] ephemeral(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            // All sockets are held open together so the operating system hands out distinct ports.
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 0, InetAddress.getByName(HOST));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on " + HOST, e);
        } finally {
            for (ServerSocket socket : sockets) {
                closeQuietly(socket);
            }
        }
    }

    /**
     * {@code count} distinct free ports below the ephemeral range, for servers that are killed and must
     * come back on the same port. While such a server is down, every client still trying to reach it
     * opens outgoing connections, and each takes a local port from the ephemeral range: a listening port
     * chosen from that range could be taken by one of them, and the restarted server would fail to bind.
     * Where the range is unknown (not Linux), falls back to {@link #ephemeral(int)}.
     */
    static int[] belowEphemeralRange(int count) {
        int firstEphemeral = firstEphemeralPort();
        if (firstEphemeral - LOWEST_CANDIDATE < count * 10) {
            return ephemeral(count);
        }
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < ATTEMPTS && held.size() < count; attempt++) {
                int candidate = ThreadLocalRandom.current().nextInt(LOWEST_CANDIDATE, firstEphemeral);
                try {
                    held.add(new ServerSocket(candidate, 0, InetAddress.getByName(HOST)));
                } catch (IOException taken) {
                    // in use: try another
                }
            }
            if (held.size() < count) {
                throw new IllegalStateException("Found only " + held.size() + " of " + count + " free ports between "
                        + LOWEST_CANDIDATE + " and " + firstEphemeral + " on " + HOST + " in " + ATTEMPTS + " attempts");
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            held.forEach(LoopbackPorts::closeQuietly);
        }
    }

    /** Whether a server could listen on {@code port} of 127.0.0.1 right now. */
    static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int firstEphemeralPort() {
        try {
            // readAllLines, not readString: /proc files report a size of 0, and readString trusts it.
            String range = String.join(" ", Files.readAllLines(LINUX_EPHEMERAL_RANGE, StandardCharsets.US_ASCII)).strip();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Could not close port probe socket {}", socket, e);
        }
    }
}
