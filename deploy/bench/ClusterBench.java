import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The measurements of deploy/bench/cluster.sh against two running instances, A and B, of one data-grid cluster
 * with the demo platform on: how much later a poll held on B hears of a message sent through A than one held on A,
 * what 1,000 polls held across both cost each instance, and how long A's people take to be served by B after A is
 * killed. People and measurements are {@link Bench}'s, one per instance. Prints one line per figure and writes
 * cluster.json and cluster.md. Usage: java ClusterBench BASE_A PID_A BASE_B PID_B OUT_DIR [--quick]
 */
public class ClusterBench {

    private final Bench a;
    private final Bench b;
    private final boolean quick;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    ClusterBench(Bench a, Bench b, boolean quick) {
        this.a = a;
        this.b = b;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 5 && "--quick".equals(args[5]);
        Bench a = new Bench(args[0].replaceAll("/$", ""), Long.parseLong(args[1]), quick);
        Bench b = new Bench(args[2].replaceAll("/$", ""), Long.parseLong(args[3]), quick);
        ClusterBench bench = new ClusterBench(a, b, quick);
        bench.wakeUps(quick ? 20 : 200);
        bench.heldPolls(quick ? 100 : 1000);
        bench.takeOver(quick ? 5 : 20);
        Files.writeString(Path.of(args[4], "cluster.json"), bench.figures.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + (e.getValue() instanceof Number ? e.getValue() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
        String table = bench.table();
        Files.writeString(Path.of(args[4], "cluster.md"), table);
        System.out.print(table);
    }

    /** One student of the demo school signed in on both instances, with a conversation of their own. */
    record Twin(Bench.Person onA, Bench.Person onB, long conversation) {
    }

    Twin twin(String name) throws Exception {
        Bench.Person onA = a.launch("student", name);
        long conversation = onA.ask("Saya ingin bercerita tentang kelas saya.");
        return new Twin(onA, b.launch("student", name), conversation);
    }

    /**
     * {@code messages} sent through A, each while one poll waits for it — on B (across) or on A (the same instance),
     * taking turns; the time from the send until the poll answered. Spread over students: each may send 30 a minute.
     */
    void wakeUps(int messages) throws Exception {
        List<Long> same = new ArrayList<>();
        List<Long> across = new ArrayList<>();
        int perStudent = 20;
        for (int student = 0; student * perStudent < messages; student++) {
            Twin twin = twin("Siswa Klaster " + student);
            for (int i = 0; i < perStudent && student * perStudent + i < messages; i++) {
                boolean onB = i % 2 == 0;
                Bench.Person poller = onB ? twin.onB() : twin.onA();
                long known = twin.onA().lastSeq(twin.conversation());
                CompletableFuture<HttpResponse<Void>> poll = poller.client.sendAsync(poller.request((onB ? b : a).base
                        + "/api/conversations/" + twin.conversation() + "/messages?after=" + known + "&wait=30").build(),
                        HttpResponse.BodyHandlers.discarding());
                Thread.sleep(100); // the poll is held
                long start = System.nanoTime();
                twin.onA().send(twin.conversation(), "Pesan " + i);
                Bench.check(poll.get(30, TimeUnit.SECONDS).statusCode() == 200, "the poll heard of the message");
                (onB ? across : same).add((System.nanoTime() - start) / 1_000_000);
            }
        }
        put("wake_same_p50_ms", Bench.percentile(same, 50));
        put("wake_same_p95_ms", Bench.percentile(same, 95));
        put("wake_across_p50_ms", Bench.percentile(across, 50));
        put("wake_across_p95_ms", Bench.percentile(across, 95));
        put("wake_across_over_same_p50", (double) Bench.percentile(across, 50) / Math.max(1, Bench.percentile(same, 50)));
        put("wake_across_over_same_p95", (double) Bench.percentile(across, 95) / Math.max(1, Bench.percentile(same, 95)));
        put("wake_messages", same.size() + across.size());
        Bench.say("a message through A heard by a poll on A: p50 %d ms, p95 %d ms; on B: p50 %d ms, p95 %d ms (send included)",
                Bench.percentile(same, 50), Bench.percentile(same, 95), Bench.percentile(across, 50), Bench.percentile(across, 95));
    }

    /** Half of {@code count} polls held on each instance: each one's CPU and heap; then one message answers them all. */
    void heldPolls(int count) throws Exception {
        Twin twin = twin("Siswa Klaster Ramai");
        long known = twin.onA().lastSeq(twin.conversation());
        List<CompletableFuture<HttpResponse<Void>>> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Bench.Person poller = i % 2 == 0 ? twin.onA() : twin.onB();
            held.add(poller.client.sendAsync(poller.request((i % 2 == 0 ? a : b).base + "/api/conversations/" + twin.conversation()
                    + "/messages?after=" + known + "&wait=60").build(), HttpResponse.BodyHandlers.discarding()));
        }
        Thread.sleep(3000); // let every poll arrive and be held
        long ticksA = a.cpuTicks();
        long ticksB = b.cpuTicks();
        long start = System.nanoTime();
        Thread.sleep(5000);
        double seconds = (System.nanoTime() - start) / 1e9;
        put("held_polls", count);
        put("held_cpu_a", (a.cpuTicks() - ticksA) / 100.0 / seconds);
        put("held_cpu_b", (b.cpuTicks() - ticksB) / 100.0 / seconds);
        put("held_heap_a_mib", a.heapAfterGc());
        put("held_heap_b_mib", b.heapAfterGc());
        put("held_rss_a_mib", a.rssMiB());
        put("held_rss_b_mib", b.rssMiB());
        long sent = System.nanoTime();
        twin.onA().send(twin.conversation(), "Untuk semua yang menunggu.");
        CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        long answered = held.stream().filter(poll -> poll.join().statusCode() == 200).count();
        Bench.check(answered == count, "every held poll answered 200, " + answered + " of " + count);
        put("held_wake_all_ms", (System.nanoTime() - sent) / 1_000_000);
        Bench.say("%d polls held, half on each: CPU A %.1f %%, B %.1f %% of one core; heap after GC A %s MiB, B %s MiB;"
                        + " one message through A answered them all in %s ms", count, 100 * (double) figures.get("held_cpu_a"),
                100 * (double) figures.get("held_cpu_b"), figures.get("held_heap_a_mib"), figures.get("held_heap_b_mib"),
                figures.get("held_wake_all_ms"));
    }

    /**
     * {@code people} chat through A; A is killed (SIGKILL). Each of them, as their page would, finds A gone, opens the
     * service again from the LMS on B (sessions are each instance's own: docs/operations.md) and sends; the time from
     * the kill until their message was stored and heard by their poll on B. Also: every message A acknowledged is there.
     */
    void takeOver(int people) throws Exception {
        List<Twin> twins = new ArrayList<>();
        long acknowledged = 0;
        for (int i = 0; i < people; i++) {
            Twin twin = twin("Siswa Pindah " + i);
            twin.onA().send(twin.conversation(), "Sebelum A berhenti.");
            acknowledged += twin.onA().lastSeq(twin.conversation());
            twins.add(twin);
        }
        long killed = System.nanoTime();
        Bench.check(ProcessHandle.of(a.pid).map(ProcessHandle::destroyForcibly).orElse(false), "instance A was killed");
        List<CompletableFuture<Long>> served = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String name = "Siswa Pindah " + i;
            long conversation = twins.get(i).conversation();
            served.add(CompletableFuture.supplyAsync(() -> {
                try {
                    Bench.Person again = b.launch("student", name);
                    long known = again.lastSeq(conversation);
                    CompletableFuture<HttpResponse<Void>> poll = again.client.sendAsync(again.request(b.base + "/api/conversations/"
                            + conversation + "/messages?after=" + known + "&wait=30").build(), HttpResponse.BodyHandlers.discarding());
                    again.send(conversation, "Sesudah A berhenti.");
                    Bench.check(poll.get(60, TimeUnit.SECONDS).statusCode() == 200, "the poll on B heard of it");
                    return (System.nanoTime() - killed) / 1_000_000;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
        }
        List<Long> ms = served.stream().map(CompletableFuture::join).toList();
        long kept = 0;
        for (Twin twin : twins) {
            kept += twin.onB().lastSeq(twin.conversation()) - 1; // less the message sent after the kill
        }
        put("takeover_people", people);
        put("takeover_p50_ms", Bench.percentile(ms, 50));
        put("takeover_max_ms", Bench.percentile(ms, 100));
        put("takeover_lost", acknowledged - kept);
        Bench.say("A killed with %d people chatting: served by B again after p50 %d ms, at most %d ms (signing in again included);"
                + " %d acknowledged messages lost", people, Bench.percentile(ms, 50), Bench.percentile(ms, 100), acknowledged - kept);
    }

    private void put(String key, Object value) {
        figures.put(key, value);
    }

    String table() {
        return "| figure | target | measured |\n|---|---|---|\n"
                + String.format("| a message through A heard by a poll held on B ÷ on A, p50 (%s messages) | ≤ 1.25 | %.2f (%s ms / %s ms) |%n",
                figures.get("wake_messages"), figures.get("wake_across_over_same_p50"), figures.get("wake_across_p50_ms"), figures.get("wake_same_p50_ms"))
                + String.format("| the same, p95 | ≤ 1.25 | %.2f (%s ms / %s ms) |%n",
                figures.get("wake_across_over_same_p95"), figures.get("wake_across_p95_ms"), figures.get("wake_same_p95_ms"))
                + String.format("| %s polls held, half on each instance: CPU of A / B | report | %.3f / %.3f of one core |%n",
                figures.get("held_polls"), figures.get("held_cpu_a"), figures.get("held_cpu_b"))
                + String.format("| the same: heap after GC of A / B (RSS) | report | %s / %s MiB (%s / %s MiB) |%n",
                figures.get("held_heap_a_mib"), figures.get("held_heap_b_mib"), figures.get("held_rss_a_mib"), figures.get("held_rss_b_mib"))
                + String.format("| one message through A: all those polls answered | ≤ 1 s | %s ms |%n", figures.get("held_wake_all_ms"))
                + String.format("| `kill -9` of A: its %s people served by B again (opening it again from the LMS included), p50 / max | report | %s / %s ms |%n",
                figures.get("takeover_people"), figures.get("takeover_p50_ms"), figures.get("takeover_max_ms"))
                + String.format("| the same: messages A had acknowledged, lost | 0 | %s |%n", figures.get("takeover_lost"))
                + (quick ? "\nQuick mode: seconds per figure, small load; for CI, not for comparison.\n" : "");
    }
}
