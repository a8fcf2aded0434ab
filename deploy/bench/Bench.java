import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The measurements of deploy/bench/run.sh against a running service with the demo platform on: people are signed
 * in through the demo's launch and ask through the JSON API, as a school's would; request rates come from wrk,
 * held polls from this client, CPU and memory from the server's process. Prints one line per figure and
 * writes them as JSON. Usage: java Bench.java BASE_URL SERVER_PID OUT_DIR [--quick]
 */
public class Bench {

    private static final String NOT_MEASURED = "not measured";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    final String base;
    final long pid;
    private final boolean quick;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Long> launches = java.util.Collections.synchronizedList(new ArrayList<>());
    /** How long the busy hour's sends took to be acknowledged: the part of "send → visible" that is the database's commit. */
    private final List<Long> sends = java.util.Collections.synchronizedList(new ArrayList<>());
    /**
     * How long after its last task the managed executor's thread ends (Payara Micro's default executor: keep-alive 300 s),
     * with 30 s to spare: until then it keeps the objects of the requests it last answered.
     */
    private static final long EXECUTOR_IDLE_THREADS_END = Duration.ofSeconds(330).toNanos();
    /** When the 1,000 held polls were answered: the last time the managed executor's pool grew to answer many at once. */
    private long heldPollsAnswered;

    Bench(String base, long pid, boolean quick) {
        this.base = base;
        this.pid = pid;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(args[0].replaceAll("/$", ""), Long.parseLong(args[1]), args.length > 3 && "--quick".equals(args[3]));
        bench.run(Path.of(args[2]));
        Files.writeString(Path.of(args[2], "figures.json"), bench.json());
        String table = bench.table();
        Files.writeString(Path.of(args[2], "table.md"), table);
        check(!table.contains(NOT_MEASURED), "every figure has a number:\n" + table);
    }

    void run(Path out) throws Exception {
        long boot = Long.parseLong(System.getenv("BENCH_BOOT_MS"));
        long bare = Long.parseLong(System.getenv("BENCH_BARE_BOOT_MS"));
        figures.put("first_boot_ms", Long.parseLong(System.getenv("BENCH_FIRST_BOOT_MS")));
        figures.put("boot_ms", boot);
        figures.put("bare_payara_boot_ms", bare);
        figures.put("boot_over_bare", (double) boot / bare);
        long libraries = Long.parseLong(System.getenv("BENCH_LIBRARIES_BOOT_MS"));
        figures.put("libraries_boot_ms", libraries);
        figures.put("libraries_boot_over_bare", (double) libraries / bare);
        figures.put("boot_figures", boot + " / " + figures.get("first_boot_ms") + " / " + bare);
        Person counselor = launch("counselor", "Bu Rina Bench");
        Seed.Seeded seeded = seed();
        Person first = launch("student", "Siswa Bench 1");
        long conversation = first.ask("Saya sulit berkonsentrasi saat belajar di rumah.");
        first.send(conversation, "Selamat pagi, Bu.");
        idlePoll(first, conversation);
        heldPolls(first, conversation, quick ? 100 : 1000);
        pages(counselor, seeded);
        busyHour(quick ? 20 : 200, Integer.parseInt(System.getenv().getOrDefault("BENCH_SOAK_SECONDS", quick ? "15" : "600")), out);
        jwksFetches(1000); // also in --quick: a few seconds, and fewer launches could not show "1 in 1,000"
    }

    /**
     * How often the service fetched the platform's keys: launches until this run has made {@code atLeast}, then the
     * demo platform's fetches of its JWKS as the server's log tells them (it logs each), per 1,000 launches.
     */
    void jwksFetches(int atLeast) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        for (int i = launches.size(); i < atLeast; i++) {
            ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().removeAll(); // a new session each time
            launch(client, "student", "Siswa Masuk " + i % 100);
        }
        long fetches;
        try (var lines = Files.lines(Path.of(System.getenv("BENCH_SERVER_LOG")), StandardCharsets.UTF_8)) {
            fetches = lines.filter(line -> line.contains("Demo platform: its keys were fetched")).count();
        }
        figures.put("launches", launches.size());
        figures.put("jwks_fetches", fetches);
        figures.put("jwks_fetches_per_1000_launches", 1000.0 * fetches / launches.size());
        say("JWKS: the service fetched the platform's keys %d times in %d launches", fetches, launches.size());
    }

    /** The school's history, into the database the service runs on. */
    Seed.Seeded seed() throws Exception {
        String url = System.getenv("BENCH_JDBC_URL");
        long school;
        long counselor;
        try (var db = java.sql.DriverManager.getConnection(url, System.getenv("RK_DB_USER"), System.getenv("RK_DB_PASSWORD"));
             var query = db.createStatement()) {
            school = single(query, "SELECT id FROM school WHERE issuer = 'https://demo.ruangkonseling.invalid'");
            counselor = single(query, "SELECT id FROM school_member WHERE school_id = " + school + " AND display_name = 'Bu Rina Bench'");
        }
        long start = System.nanoTime();
        Seed.Size size = Seed.Size.of(quick);
        Seed.Seeded seeded = Seed.into(url, System.getenv("RK_DB_USER"), System.getenv("RK_DB_PASSWORD"), System.getenv("RK_DATA_KEY"),
                school, counselor, size);
        say("seeded %s in %d s", size, (System.nanoTime() - start) / 1_000_000_000);
        figures.put("seeded_queue", size.requests() + size.referrals());
        figures.put("seeded_messages", size.messages());
        figures.put("seeded_long_conversation", size.longConversation());
        return seeded;
    }

    static long single(java.sql.Statement query, String sql) throws java.sql.SQLException {
        try (var row = query.executeQuery(sql)) {
            check(row.next(), "found: " + sql);
            return row.getLong(1);
        }
    }

    /** The counselor's desk with the school's whole queue, the case with the long conversation, the semester's reports. */
    void pages(Person counselor, Seed.Seeded seeded) throws Exception {
        view(counselor, "desk", "/counselor/");
        view(counselor, "case", "/counselor/case?id=" + seeded.longCase());
        view(counselor, "counselor_report", "/counselor/reports?period=semester");
        view(launch("admin", "Pak Kepala Bench"), "school_report", "/admin/reports?period=semester");
    }

    /**
     * A page viewed again and again by one person: its times once warm, and its statements. The first views after a
     * start are the slowest while the JIT compiles the page's code (on the slow machine the desk's p50 fell from 143 to
     * about 65 ms over its first fifty views: docs/performance.md), so a full run times 100 views after 50, as it does
     * the messages beside the held polls, and reports the 50 as well.
     */
    void view(Person person, String name, String path) throws Exception {
        int rounds = quick ? 10 : 100;
        int warm = quick ? 3 : 50;
        List<Long> first = new ArrayList<>();
        List<Long> ms = new ArrayList<>();
        long questionsBefore = questions();
        for (int round = 0; round < rounds + warm; round++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = person.get(base + path);
            check(answer.statusCode() == 200, name + " page answered " + answer.statusCode());
            (round < warm ? first : ms).add((System.nanoTime() - start) / 1_000_000);
        }
        long questions = questions() - questionsBefore - 1;
        figures.put(name + "_p50_ms", percentile(ms, 50));
        figures.put(name + "_p95_ms", percentile(ms, 95));
        figures.put(name + "_first_views_p95_ms", percentile(first, 95));
        figures.put(name + "_first_views", warm);
        if (questionsBefore >= 0) {
            figures.put(name + "_sql_per_view", questions / (rounds + warm));
        }
        say("%s page: p50 %d ms, p95 %d ms%s; its first %d views p95 %d ms", name, percentile(ms, 50), percentile(ms, 95),
                questionsBefore >= 0 ? ", " + questions / (rounds + warm) + " statements a view" : "", warm, percentile(first, 95));
    }

    /**
     * The busy hour: {@code students} signed in by launch (each launch timed), each in their own conversation
     * sending a message every 5 s while their poll waits for it, for {@code seconds}; then nothing lost, heap steady.
     * Which classes' live bytes changed most over the soak goes to {@code soak-classes.txt} in {@code out}.
     */
    void busyHour(int students, int seconds, Path out) throws Exception {
        List<Person> people = new ArrayList<>();
        List<Long> conversations = new ArrayList<>();
        figures.put("busy_conversations", students);
        for (int i = 0; i < students; i++) {
            Person student = launch("student", "Siswa Sibuk " + i);
            people.add(student);
            conversations.add(student.ask("Saya ingin membicarakan jadwal belajar saya."));
        }
        figures.put("launch_p50_ms", percentile(launches, 50));
        figures.put("launch_p95_ms", percentile(launches, 95));
        say("LTI 1.3 launch (the POST that signs in), %d launches: p50 %d ms, p95 %d ms", launches.size(),
                percentile(launches, 50), percentile(launches, 95));
        List<Long> visible = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        // The live heap is compared from the first count to {@code seconds} later, both under the same load; the load
        // runs on for half a warm-up after the last (after it, the 200 held polls' requests would be gone too). The
        // first count comes after the warm-up (a tenth of the soak, a minute at most) and, in a full run, once the
        // threads that answered the 1,000 held polls have ended: Payara's managed executor lets an idle thread go
        // after 300 s, and each keeps the objects of the last connections it answered until then (docs/performance.md).
        long warmUp = Math.min(60, Math.max(5, seconds / 10)) * 1_000_000_000L;
        long firstCount = Math.max(System.nanoTime() + warmUp, quick ? 0 : heldPollsAnswered + EXECUTOR_IDLE_THREADS_END);
        long lastCount = firstCount + seconds * 1_000_000_000L;
        long end = lastCount + warmUp / 2;
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            Person student = people.get(i);
            long conversation = conversations.get(i);
            long offset = i * 5000L / students;
            senders.add(Thread.ofVirtual().start(() -> student.chatUntil(conversation, end, offset, visible, errors)));
        }
        sleepUntil(firstCount);
        Map<String, long[]> classesBefore = classHistogram();
        sleepUntil(lastCount);
        Map<String, long[]> classesAfter = classHistogram();
        for (Thread sender : senders) {
            sender.join();
        }
        long lost = 0;
        for (int i = 0; i < students; i++) {
            Person student = people.get(i);
            lost += Math.abs(student.busySent - (student.lastSeq(conversations.get(i)) - student.busyFrom));
        }
        long heapBefore = mib(classesBefore);
        long heapAfter = mib(classesAfter);
        Files.writeString(out.resolve("soak-classes.txt"), heapChange(classesBefore, classesAfter));
        figures.put("send_visible_p50_ms", percentile(visible, 50));
        figures.put("send_visible_p95_ms", percentile(visible, 95));
        figures.put("send_acknowledged_p50_ms", percentile(sends, 50));
        figures.put("send_acknowledged_p95_ms", percentile(sends, 95));
        figures.put("send_acknowledged", percentile(sends, 50) + " ms / " + percentile(sends, 95) + " ms");
        figures.put("busy_messages", visible.size());
        figures.put("busy_errors", errors.get());
        figures.put("busy_lost_messages", lost);
        figures.put("soak_seconds", seconds);
        figures.put("soak_heap_before_mib", heapBefore);
        figures.put("soak_heap_after_mib", heapAfter);
        figures.put("soak_heap_change", String.format("%+.1f %% (%d → %d MiB), %d errors, %d lost", 100.0 * (heapAfter - heapBefore) / heapBefore,
                heapBefore, heapAfter, errors.get(), lost));
        say("busy hour, %d conversations for %d s: %d messages, send → visible p50 %d ms, p95 %d ms; %d errors, %d lost;"
                + " heap after GC %d → %d MiB", students, seconds, visible.size(), percentile(visible, 50), percentile(visible, 95),
                errors.get(), lost, heapBefore, heapAfter);
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        Thread.sleep(Math.max(0, nanoTime - System.nanoTime()) / 1_000_000);
    }

    /** wrk: a static file against the idle poll ({@code 304}) of the same server, in the same run: three rounds after five to warm up. */
    void idlePoll(Person student, long conversation) throws Exception {
        String poll = base + "/api/conversations/" + conversation + "/messages?after=1";
        check(student.get(poll).statusCode() == 304, "the idle poll answers 304");
        int seconds = quick ? 2 : 10;
        List<Double> ratios = new ArrayList<>();
        if (!quick) {
            // both warmed first: for about a minute and a half of load the JIT still speeds each up, by turns
            for (int round = 0; round < 5; round++) {
                wrk(base + "/resources/img/mark.svg", null, seconds);
                wrk(poll, student.cookie, seconds);
            }
        }
        for (int round = 1; round <= 3; round++) {
            double fileRate = wrk(base + "/resources/img/mark.svg", null, seconds).rate();
            long questionsBefore = questions();
            Wrk polls = wrk(poll, student.cookie, seconds);
            long questions = questions() - questionsBefore - 1; // the SHOW itself is one
            ratios.add(polls.rate() / fileRate);
            say("round %d: static file %.0f/s, idle poll %.0f/s, ratio %.2f", round, fileRate, polls.rate(), polls.rate() / fileRate);
            if (questionsBefore >= 0) {
                figures.put("sql_per_idle_poll", (double) questions / Math.max(1, polls.requests()));
            }
            figures.put("static_file_per_s_" + round, fileRate);
            figures.put("idle_poll_per_s_" + round, polls.rate());
        }
        figures.put("idle_poll_over_static", ratios.stream().sorted().toList().get(1)); // the median of three rounds
        figures.put("idle_poll_over_static_rounds", ratios.stream().map(ratio -> String.format("%.2f", ratio))
                .collect(Collectors.joining(" · ")));
    }

    /** Many polls held at once: the server's CPU and memory while they wait, then how fast a message wakes one and all. */
    void heldPolls(Person student, long conversation, int count) throws Exception {
        HttpClient pollers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
        long last = student.lastSeq(conversation);
        List<CompletableFuture<HttpResponse<Void>>> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // each page asks again on its own when its wait ends (20 to 30 s), as pages opened at different times do
            held.add(untilNews(pollers, student.request(base + "/api/conversations/" + conversation + "/messages?after=" + last
                    + "&wait=" + (20 + i % 11)).build()));
        }
        Thread.sleep(3000); // let every poll arrive and be held
        double cpu = cpuShare(5);
        figures.put("held_polls", count);
        figures.put("held_cpu_share_of_one_core", cpu);
        long heapMiB = heapAfterGc();
        figures.put("held_heap_after_gc_mib", heapMiB);
        figures.put("held_rss_mib", rssMiB());
        say("%d polls held: CPU %.1f %% of one core, heap after GC %d MiB, RSS %d MiB", count, cpu * 100, heapMiB, rssMiB());

        // A message to another conversation while its reader's poll waits, from their own browser (the 1,000 are
        // somebody else's): six people take turns, each under the send limit (30 a minute), and the send's path is
        // warmed first, as the pages' are: the first hundred sends after a start are the slowest.
        List<Person> others = new ArrayList<>();
        List<Long> besides = new ArrayList<>();
        for (int i = 0; i < (quick ? 1 : 6); i++) {
            others.add(launch("student", "Siswa Bench " + (i + 2)));
            besides.add(others.get(i).ask("Saya ingin bercerita tentang teman sekelas."));
        }
        int warm = quick ? 0 : 50;
        List<Long> beside_ms = new ArrayList<>();
        for (int round = 0; round < warm + (quick ? 5 : 100); round++) {
            Person other = others.get(round % others.size());
            long beside = besides.get(round % others.size());
            long known = other.lastSeq(beside);
            CompletableFuture<HttpResponse<Void>> poll = other.client.sendAsync(other.request(base + "/api/conversations/" + beside
                    + "/messages?after=" + known + "&wait=30").build(), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(200);
            long start = System.nanoTime();
            other.send(beside, "Pesan " + round);
            poll.get(10, TimeUnit.SECONDS);
            if (round >= warm) {
                beside_ms.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        figures.put("wake_beside_held_p50_ms", percentile(beside_ms, 50));
        figures.put("wake_beside_held_p95_ms", percentile(beside_ms, 95));
        say("a message beside %d held polls: answered p50 %d ms, p95 %d ms (send included)", count,
                percentile(beside_ms, 50), percentile(beside_ms, 95));

        long start = System.nanoTime();
        student.send(conversation, "Bu, saya sudah siap.");
        CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        long all = (System.nanoTime() - start) / 1_000_000;
        long answered = held.stream().filter(f -> f.join().statusCode() == 200).count();
        check(answered == count, "every held poll answered 200, " + answered + " of " + count);
        figures.put("wake_all_held_ms", all);
        say("one message to a conversation with %d held polls: all answered in %d ms", count, all);
        heldPollsAnswered = System.nanoTime();
        // done with: their client and its connections closed, as the pages' are when they go
        pollers.close();
    }

    /**
     * A page's poll as a browser keeps it: asked again whenever it ends without news ({@code 304} after its wait),
     * until news comes ({@code 200}); so the polls stay held through measurements longer than one poll's wait.
     */
    static CompletableFuture<HttpResponse<Void>> untilNews(HttpClient client, HttpRequest poll) {
        return client.sendAsync(poll, HttpResponse.BodyHandlers.discarding()).thenCompose(answer -> answer.statusCode() == 304
                ? untilNews(client, poll) : CompletableFuture.completedFuture(answer));
    }

    record Wrk(double rate, long requests) {
    }

    Wrk wrk(String url, String cookie, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency"));
        if (cookie != null) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(url);
        String out = run(command);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        Matcher total = Pattern.compile("(\\d+) requests in").matcher(out);
        check(rate.find() && total.find() && !out.contains("Non-2xx or 3xx responses"), "wrk measured " + url + ":\n" + out);
        return new Wrk(Double.parseDouble(rate.group(1)), Long.parseLong(total.group(1)));
    }

    /** MariaDB's statement count ({@code Questions}), or -1 on H2. */
    long questions() throws Exception {
        if (!System.getenv("BENCH_JDBC_URL").startsWith("jdbc:mysql:")) {
            return -1;
        }
        String out = run(List.of("mysql", "-uroot", "-N", "-B", "-e", "SHOW GLOBAL STATUS LIKE 'Questions'"));
        return Long.parseLong(out.strip().split("\\s+")[1]);
    }

    /** The server's share of one core over {@code seconds}, from /proc. */
    double cpuShare(int seconds) throws Exception {
        long before = cpuTicks();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return (cpuTicks() - before) / 100.0 / elapsed;
    }

    long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    long rssMiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
    }

    /**
     * The server's live heap after a full GC, in MiB: the total of a class histogram, counted at the GC's own safepoint.
     * (Read with jstat after the GC, the heap also held whatever the load allocated in the second until jstat looked:
     * under the busy hour's load tens of MiB, which once read as a heap falling by a fifth over the soak.)
     */
    long heapAfterGc() throws Exception {
        return mib(classHistogram());
    }

    static long mib(Map<String, long[]> histogram) {
        return Math.round(histogram.values().stream().mapToLong(counts -> counts[1]).sum() / 1024.0 / 1024.0);
    }

    /** The server's live objects by class ({@code jcmd GC.class_histogram}, after a full GC): instances and bytes. */
    Map<String, long[]> classHistogram() throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        Matcher line = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)")
                .matcher(run(List.of(jdkTool("jcmd"), Long.toString(pid), "GC.class_histogram")));
        while (line.find()) {
            classes.merge(line.group(3), new long[] {Long.parseLong(line.group(1)), Long.parseLong(line.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
    }

    /** The classes whose live bytes changed most between two histograms, largest change first: where a heap grew or fell. */
    static String heapChange(Map<String, long[]> before, Map<String, long[]> after) {
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        long[] none = {0, 0};
        return "bytes change, instances change, bytes before → after, class\n" + names.stream()
                .sorted(Comparator.comparingLong(name -> -Math.abs(after.getOrDefault(name, none)[1] - before.getOrDefault(name, none)[1])))
                .limit(40)
                .map(name -> String.format("%+,d B, %+,d, %,d → %,d B, %s", after.getOrDefault(name, none)[1] - before.getOrDefault(name, none)[1],
                        after.getOrDefault(name, none)[0] - before.getOrDefault(name, none)[0], before.getOrDefault(name, none)[1],
                        after.getOrDefault(name, none)[1], name))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check(process.waitFor() == 0, String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("bench: " + what);
        }
    }

    static void say(String format, Object... values) {
        System.out.println("bench: " + String.format(format, values));
    }

    /** The table of targets, with what this run measured; a figure without a number fails the run. */
    String table() {
        StringBuilder table = new StringBuilder("| figure | target | measured |\n|---|---|---|\n");
        row(table, "idle chat poll (`304`) ÷ static file, requests/s, median of three rounds", "≥ 1.0", "%.2f", "idle_poll_over_static");
        row(table, "the same, each round", "—", "%s", "idle_poll_over_static_rounds");
        row(table, "SQL statements per idle poll (MariaDB `Questions`)", "≤ 0.01", "%.4f", "sql_per_idle_poll");
        row(table, figures.get("held_polls") + " polls held: server CPU", "≤ 25 % of one core", "%.3f of one core", "held_cpu_share_of_one_core");
        row(table, "the same: live heap after a full GC (MiB)", "≤ 512 MiB heap", "%s", "held_heap_after_gc_mib");
        row(table, "the same: RSS (MiB)", "report", "%s", "held_rss_mib");
        row(table, "a message beside the held polls, answered (send included), p50", "—", "%s ms", "wake_beside_held_p50_ms");
        row(table, "the same, p95", "≤ 50 ms", "%s ms", "wake_beside_held_p95_ms");
        row(table, "one message to a conversation with all the held polls: all answered", "≤ 1 s", "%s ms", "wake_all_held_ms");
        row(table, "send → visible, " + figures.get("busy_conversations") + " conversations sending every 5 s, p95", "≤ 50 ms", "%s ms",
                "send_visible_p95_ms");
        row(table, "the same: the send alone, until its 201, p50 / p95", "—", "%s", "send_acknowledged");
        row(table, "LTI 1.3 launch (the signing-in POST, loopback), p50", "≤ 20 ms", "%s ms", "launch_p50_ms");
        row(table, "the same: JWKS fetches per 1,000 launches (" + figures.get("jwks_fetches") + " in " + figures.get("launches") + ")",
                "≤ 1", "%.1f", "jwks_fetches_per_1000_launches");
        row(table, "counselor desk page, " + figures.get("seeded_queue") + " requests and referrals in the school, p95", "≤ 150 ms", "%s ms", "desk_p95_ms");
        row(table, "the same: its first " + figures.get("desk_first_views") + " views after the start (the JIT still compiling), p95", "—", "%s ms",
                "desk_first_views_p95_ms");
        row(table, "the same: SQL statements a view (MariaDB)", "bounded", "%s", "desk_sql_per_view");
        row(table, "case page, " + figures.get("seeded_long_conversation") + " messages in its conversation, p95", "≤ 150 ms", "%s ms", "case_p95_ms");
        row(table, "the counselor's semester report page, p95", "≤ 1 s", "%s ms", "counselor_report_p95_ms");
        row(table, "the school admin's semester report page, p95", "≤ 1 s", "%s ms", "school_report_p95_ms");
        row(table, "boot to ready ÷ bare Payara Micro with an empty WAR (a restart)", "≤ 1.5", "%.2f", "boot_over_bare");
        row(table, "the same, ms: the service's restart / its first boot / bare Payara Micro", "—", "%s",  "boot_figures");
        row(table, "the floor: an empty WAR with the service's ten libraries and none of its code ÷ bare (a restart)", "—", "%.2f",
                "libraries_boot_over_bare");
        row(table, figures.get("soak_seconds") + " s soak at that load: live heap after a full GC, at its start and its end (both under the load); errors, lost or doubled messages",
                "± 5 %, 0, 0", "%s",
                "soak_heap_change");
        return table.append("\n").append(quick ? "Quick mode: seconds per figure, small load; for CI, not for comparison.\n" : "").toString();
    }

    private void row(StringBuilder table, String figure, String target, String format, String key) {
        Object value = figures.get(key);
        String measured = value != null ? String.format(format, value)
                : key.contains("sql") && !System.getenv("BENCH_JDBC_URL").startsWith("jdbc:mysql:") ? "— (counted on MariaDB only)" : NOT_MEASURED;
        table.append("| ").append(figure).append(" | ").append(target).append(" | ").append(measured).append(" |\n");
    }

    String json() {
        return figures.entrySet().stream().map(e -> "  \"" + e.getKey() + "\": "
                        + (e.getValue() instanceof Number ? e.getValue() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }

    /** Signs a demo person in as the demo platform's launch would, following its auto-posting form. */
    Person launch(String role, String name) throws Exception {
        // HTTP/1.1 as browsers speak to the service (behind nginx, or over plain HTTP): the JDK's client would
        // otherwise upgrade to cleartext HTTP/2, which Payara's Grizzly keeps request objects of (see docs/performance.md)
        return launch(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build(), role, name);
    }

    /** The same through a client of the caller's, whose cookies then hold the session. */
    Person launch(HttpClient client, String role, String name) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/dev/launch?as=" + role + "&user="
                + URLEncoder.encode(name, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            answer = client.send(HttpRequest.newBuilder(answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        Map<String, String> form = new HashMap<>();
        Matcher fields = HIDDEN.matcher(answer.body());
        while (fields.find()) {
            form.put(fields.group(1), fields.group(2));
        }
        check(form.containsKey("id_token"), "the demo launch offered its form");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        long start = System.nanoTime();
        HttpResponse<String> launched = client.send(HttpRequest.newBuilder(URI.create(base + "/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        launches.add((System.nanoTime() - start) / 1_000_000);
        check(launched.statusCode() == 303, "the launch signed in " + name);
        String cookie = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return new Person(client, cookie);
    }

    /** A signed-in demo person and their session. */
    final class Person {
        final HttpClient client;
        final String cookie;
        long sent;
        long busyFrom;
        long busySent;

        Person(HttpClient client, String cookie) {
            this.client = client;
            this.cookie = cookie;
        }

        HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).header("Origin", base).timeout(Duration.ofSeconds(90));
        }

        HttpResponse<String> get(String url) throws Exception {
            return client.send(request(url).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return client.send(request(base + path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        long ask(String about) throws Exception {
            HttpResponse<String> asked = post("/api/requests", "{\"field\":\"learning\",\"about\":\"" + about
                    + "\",\"urgency\":\"soon\",\"mode\":\"chat\",\"acknowledged\":true}");
            check(asked.statusCode() == 201, "a request was sent: " + asked.body());
            Matcher id = Pattern.compile("\"conversationId\"\\s*:\\s*(\\d+)").matcher(asked.body());
            check(id.find(), "the request has a conversation");
            return Long.parseLong(id.group(1));
        }

        void send(long conversation, String body) throws Exception {
            HttpResponse<String> sent = post("/api/conversations/" + conversation + "/messages",
                    "{\"clientId\":\"" + java.util.UUID.randomUUID() + "\",\"body\":\"" + body + "\"}");
            check(sent.statusCode() == 201, "a message was sent: " + sent.body());
            this.sent++;
        }

        /** Every 5 s from {@code offsetMs}: a poll waits, a message goes, the time until the poll has it is noted. */
        void chatUntil(long conversation, long end, long offsetMs, List<Long> visible, java.util.concurrent.atomic.AtomicInteger errors) {
            try {
                Thread.sleep(offsetMs);
                long known = lastSeq(conversation);
                busyFrom = known;
                while (System.nanoTime() < end) {
                    long tick = System.nanoTime();
                    CompletableFuture<HttpResponse<Void>> poll = client.sendAsync(request(base + "/api/conversations/" + conversation
                            + "/messages?after=" + known + "&wait=30").build(), HttpResponse.BodyHandlers.discarding());
                    Thread.sleep(100); // the poll is held
                    long start = System.nanoTime();
                    send(conversation, "Bu, ini catatan belajar saya hari ke-" + sent + ".");
                    sends.add((System.nanoTime() - start) / 1_000_000);
                    busySent++;
                    HttpResponse<Void> answered = poll.get(30, TimeUnit.SECONDS);
                    visible.add((System.nanoTime() - start) / 1_000_000);
                    if (answered.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    known = Long.parseLong(answered.headers().firstValue("ETag").orElse("\"" + known + "\"").replace("\"", ""));
                    Thread.sleep(Math.max(0, 5000 - (System.nanoTime() - tick) / 1_000_000));
                }
            } catch (Exception failed) {
                errors.incrementAndGet();
                System.err.println("bench: a sender stopped: " + failed);
            }
        }

        long lastSeq(long conversation) throws Exception {
            HttpResponse<String> page = get(base + "/api/conversations/" + conversation + "/messages?after=0");
            return Long.parseLong(page.headers().firstValue("ETag").orElse("\"0\"").replace("\"", ""));
        }
    }
}
