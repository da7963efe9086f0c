package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadsOfOneKindShareAGroupName() {
        assertEquals("data-plane-kafka-request-handler-#", ThreadCpu.normalise("data-plane-kafka-request-handler-7"));
        assertEquals("app-*-StreamThread-#",
                ThreadCpu.normalise("app-4f1c2b9a-0d3e-4c5f-9a7b-1e2d3c4b5a69-StreamThread-1"));
    }

    @Test
    void cpuBeyondTheJavaThreadsIsShownAsItsOwnLine() {
        List<ThreadCpu.Group> groups = ThreadCpu.start().since(0.0, 1_000_000.0);
        ThreadCpu.Group vm = groups.stream().filter(g -> g.name().equals(ThreadCpu.UNATTRIBUTED)).findFirst().orElseThrow();
        assertTrue(vm.cpuSeconds() > 999_000, "the made-up process total is almost all unattributed: " + vm);
        assertEquals(vm, groups.get(0), "largest first");
    }
}
