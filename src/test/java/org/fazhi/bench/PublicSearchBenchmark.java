package org.fazhi.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.FazhiApplication;
import org.fazhi.publication.internal.SearchTerms;
import org.fazhi.shared.PersonalMasking;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The public search benchmark (issue: p95 under 50 ms with 16 concurrent clients and 1,000,000 published decisions in
 * PostgreSQL, two-character Chinese queries too). Not part of the test suite: run it with {@code bench/search.sh}.
 * It fills the database {@code fazhi_bench} once (kept between runs), starts the platform on it, sends the query mix
 * from 16 client threads over HTTP, and times the bare SQL of each query beside it.
 */
@Tag("bench")
class PublicSearchBenchmark {

    static final String URL = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/fazhi_bench");
    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final int REQUESTS_PER_CLIENT = Integer.getInteger("bench.requests", 250);

    /** The query mix: what citizens type — mostly two characters, some names, numbers and longer phrases. */
    static final List<String> QUERIES = List.of("占道", "王某", "罚款", "噪声", "广告", "渣土", "绿地", "油烟",
            "欧阳某", "油烟净化", "占道经营", "第1234号", "海三星综执罚决", "家纺", "警告", "夜间施工", "张某", "超市",
            "有限公司", "渣土车辆未密闭");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "朱", "高", "林", "欧阳", "施", "顾", "沈", "陆", "钱", "郑", "冯", "蒋", "韩"};
    private static final String[] COMPANIES = {"南通", "海门", "三星", "叠石桥", "江海", "东洲", "启东", "通州"};
    private static final String[] TRADES = {"家纺有限公司", "餐饮店", "建材经营部", "物流有限公司", "超市",
        "五金店", "纺织品商行", "装饰工程有限公司"};
    private static final String[][] CASES = {
        {"占道经营", "在道路两侧占道经营，影响通行", "《江苏省城市市容和环境卫生管理条例》第五十二条"},
        {"擅自设置户外广告", "未经批准擅自设置户外广告牌", "《城市市容和环境卫生管理条例》第三十六条"},
        {"渣土运输未密闭", "运输渣土车辆未密闭，沿途泄漏", "《城市建筑垃圾管理规定》第二十三条"},
        {"油烟直排", "餐饮经营未安装油烟净化设施", "《中华人民共和国大气污染防治法》第一百一十八条"},
        {"占用城市绿地", "擅自占用城市绿地堆放物料", "《城市绿化条例》第二十七条"},
        {"夜间施工噪声", "在居民区夜间施工产生噪声扰民", "《中华人民共和国噪声污染防治法》第七十七条"},
        {"乱堆乱放", "在公共场所乱堆乱放杂物", "《江苏省城市市容和环境卫生管理条例》第五十条"},
        {"违法搭建", "未经批准搭建临时建筑物", "《江苏省城乡规划条例》第六十八条"},
    };

    /** The class of the never-asked-before case-number queries in the report. */
    static final String UNIQUE = "第N号(新)";

    @Test
    void public_search_under_load() throws Exception {
        try (Connection c = connect()) {
            long rows = count(c);
            if (rows < ROWS) {
                fill(c, ROWS - rows, rows);
            }
            ensureTown(c);
        }
        var app = new SpringApplicationBuilder(FazhiApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--fazhi.demo.enabled=false",
                "--fazhi.public.reads-per-minute=100000000", "--logging.level.org.fazhi.request=WARN",
                "--spring.flyway.out-of-order=true",
                "--spring.jmx.enabled=false");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            StringBuilder report = new StringBuilder();
            report.append(String.format("rows=%d clients=%d requests=%d%n", ROWS, CLIENTS,
                    CLIENTS * REQUESTS_PER_CLIENT));
            // warm the JIT compilers up first, as a running server would be
            runLoad(port, 4, 500);
            Map<String, List<Long>> http = runLoad(port, CLIENTS, REQUESTS_PER_CLIENT);
            List<Long> all = new ArrayList<>();
            http.values().forEach(all::addAll);
            report.append(String.format("HTTP all queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(all, 50), pct(all, 95), pct(all, 99), pct(all, 100)));
            report.append(String.format("%-14s %9s %9s %9s %9s %8s %6s%n", "query", "http p50", "http p95",
                    "db p50", "sql p50", "total", "terms"));
            if (new java.io.File(WRK).canExecute()) {
                report.append(wrkRuns(port));
            } else {
                report.append("(wrk not installed: apt-get install wrk for the load from a separate process)\n");
            }
            var search = app.getBean(org.fazhi.publication.internal.PublicDecisionQuery.class);
            report.append(String.format("%-14s %7.1fms %7.1fms   (each a new case number: no cache)%n", UNIQUE,
                    pct(http.get(UNIQUE), 50), pct(http.get(UNIQUE), 95)));
            try (Connection c = connect()) {
                for (String q : QUERIES) {
                    List<Long> db = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        long t0 = System.nanoTime();
                        search.searchWithoutCache(TOWN_ID, q, 0, 20);
                        db.add(System.nanoTime() - t0);
                    }
                    List<Long> sql = bareSql(c, q, 3);
                    report.append(String.format("%-14s %7.1fms %7.1fms %7.1fms %7.1fms %8d %6d%n", q,
                            pct(http.get(q), 50), pct(http.get(q), 95), pct(db, 50), pct(sql, 50), total(port, q),
                            SearchTerms.ofQuery(q).size()));
                }
            }
            System.out.println("\n===== public search benchmark =====\n" + report);
            Path out = Path.of("target", "bench", "public-search.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } finally {
            app.close();
        }
    }

    static final String WRK = System.getProperty("bench.wrk", "/usr/bin/wrk");
    static final int WRK_SECONDS = Integer.getInteger("bench.seconds", 30);

    /**
     * The same load from a separate, light process (wrk, C): the Java client threads above share the two cores with
     * the platform and the database, and a real server's clients are not on its machine. One run per class of query,
     * each at full concurrency: the mix, only never-asked case numbers, only the two-character queries of the mix.
     */
    private static String wrkRuns(int port) throws Exception {
        Path script = Path.of("target", "bench", "search.lua");
        Files.createDirectories(script.getParent());
        String queries = String.join(", ", QUERIES.stream().map(q -> "\"" + URLEncoder.encode(q,
                StandardCharsets.UTF_8) + "\"").toList());
        String twoChars = String.join(", ", QUERIES.stream().filter(q -> q.length() == 2).map(q -> "\""
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + "\"").toList());
        Files.writeString(script, """
                local mode = os.getenv("BENCH_MODE")
                local rows = %d
                local mix = {%s}
                local two = {%s}
                local n = 0
                function setup(thread) n = n + 1; thread:set("seed", n) end
                function init(args) math.randomseed(seed * 7919 + os.time()) end
                function request()
                  local q
                  if mode == "unique" or (mode == "mix" and math.random() < 0.5) then
                    q = "%%E7%%AC%%AC" .. math.random(1, rows) .. "%%E5%%8F%%B7"
                  elseif mode == "two" then
                    q = two[math.random(#two)]
                  else
                    q = mix[math.random(#mix)]
                  end
                  local page = (math.random(4) == 1) and 1 or 0
                  return wrk.format("GET", "/api/public/v1/enforcement/decisions?q=" .. q .. "&page=" .. page)
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT %%d %%d %%.1f %%.1f %%.1f %%.1f\\n", summary.requests,
                    e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50) / 1000,
                    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
                end
                """.formatted(ROWS, queries, twoChars));
        StringBuilder out = new StringBuilder(String.format(
                "wrk (separate process, 2 threads, %d connections, %d s each):%n", CLIENTS, WRK_SECONDS));
        out.append(String.format("%-34s %9s %8s %8s %8s %8s %7s%n", "load", "requests", "p50", "p95", "p99", "max",
                "errors"));
        for (String[] mode : new String[][] {{"mix", "mix (half new case numbers)"},
            {"unique", "new case numbers only (第N号)"}, {"two", "two-character queries only"}}) {
            ProcessBuilder pb = new ProcessBuilder(WRK, "-t2", "-c" + CLIENTS, "-d" + WRK_SECONDS + "s",
                    "--timeout", "10s", "-s", script.toString(), "http://127.0.0.1:" + port).redirectErrorStream(true);
            pb.environment().put("BENCH_MODE", mode[0]);
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String line = text.lines().filter(l -> l.startsWith("RESULT")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("wrk: " + text));
            String[] f = line.split(" ");
            out.append(String.format("%-34s %9s %6sms %6sms %6sms %6sms %7s%n", mode[1], f[1], f[3], f[4], f[5], f[6],
                    f[2]));
        }
        return out.toString();
    }

    private static Connection connect() throws SQLException {
        return BenchDatabase.connect(URL);
    }

    private static long count(Connection c) {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) from publication where status = 'PUBLISHED'")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0; // no schema yet: the platform migrates it on its first start below
        }
    }

    /** The town the generated decisions belong to: the installation's only town, so no {@code ?town=} is needed. */
    static final long TOWN_ID = 1;

    /** The org unit of the decisions' town (public search is per town). */
    private static void ensureTown(Connection c) throws Exception {
        try (var st = c.createStatement()) {
            st.execute("insert into org_unit (id, version, name, type, parent_id, demo, sort_order, active) select "
                    + TOWN_ID + ", 0, '基准镇', 'TOWN', (select min(id) from org_unit where type = 'DISTRICT'), false, 0, "
                    + "true where not exists (select 1 from org_unit where id = " + TOWN_ID + ")");
        }
    }

    /** Generates published decisions as the desk would store them (already redacted) and loads them with COPY. */
    private static void fill(Connection c, long missing, long existing) throws Exception {
        if (existing == 0) {
            // let the platform create its schema first
            new SpringApplicationBuilder(FazhiApplication.class).run("--server.port=0", "--spring.datasource.url="
                    + URL, "--spring.datasource.username=postgres", "--fazhi.demo.enabled=false",
                    "--spring.jmx.enabled=false").close();
        }
        long start = System.nanoTime();
        Random r = new Random(42);
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        long id;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 1000000000) "
                + "from publication")) {
            rs.next();
            id = rs.getLong(1);
        }
        if (missing > 100_000) {
            // a GIN index is built far faster at once than row by row
            try (var st = c.createStatement()) {
                st.execute("drop index if exists publication_search_terms_ix");
            }
        }
        int batch = 20_000;
        for (long done = 0; done < missing; done += batch) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < batch && done + i < missing; i++) {
                id++;
                long n = existing + done + i + 1;
                // decisions arrive in the order they are made, as in real life: eleven years, 2015–2025
                LocalDate decided = LocalDate.of(2015, 1, 1).plusDays(n * 4017 / ROWS);
                int year = decided.getYear();
                String[] cs = CASES[r.nextInt(CASES.length)];
                boolean person = r.nextInt(3) > 0;
                String party = person ? PersonalMasking.name(SURNAMES[r.nextInt(SURNAMES.length)] + "某某")
                        : COMPANIES[r.nextInt(COMPANIES.length)] + TRADES[r.nextInt(TRADES.length)];
                String caseNo = "海三星综执罚立〔" + year + "〕第" + n + "号";
                String decisionNo = "海三星综执罚决〔" + year + "〕第" + n + "号";
                String title = party + cs[0] + "案";
                String violation = "当事人" + party + cs[1] + "。";
                int amount = (1 + r.nextInt(50)) * 100;
                String penalty = (r.nextInt(5) == 0 ? "警告，" : "") + "罚款人民币" + amount + "元";
                String text = String.join("\n", caseNo, decisionNo, title, party, violation, cs[2], penalty);
                String terms = "{" + String.join(",", SearchTerms.ofText(text).stream()
                        .map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
                sb.append(String.join("\t", String.valueOf(id), "0", "1", "\\N", "2", "PENALTY", caseNo, decisionNo,
                        esc(title), person ? "NATURAL_PERSON" : "ORGANISATION", esc(party), esc(violation),
                        esc(cs[2]), esc(penalty), String.valueOf(amount), decided.toString(),
                        decided.plusDays(9).toString(), decided.plusDays(5).toString(), "PUBLISHED", esc(text),
                        esc(terms))).append('\n');
            }
            copy.copyIn("copy publication (id, version, town_id, village_id, holder_unit_id, kind, case_number, "
                    + "decision_number, title, party_type, party_name, violation, basis, penalty, fine_amount, "
                    + "decided_on, publication_due_on, published_on, status, search_text, search_terms) from stdin",
                    new StringReader(sb.toString()));
        }
        try (var st = c.createStatement()) {
            st.execute("set maintenance_work_mem = '1GB'");
            st.execute("create index if not exists publication_search_terms_ix on publication using gin (search_terms)");
            st.execute("vacuum analyze publication");
        }
        System.out.printf("generated %d rows in %.0f s%n", missing, (System.nanoTime() - start) / 1e9);
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static Map<String, List<Long>> runLoad(int port, int clients, int perClient) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        QUERIES.forEach(q -> times.put(q, Collections.synchronizedList(new ArrayList<>())));
        times.put(UNIQUE, Collections.synchronizedList(new ArrayList<>()));
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int i = 0; i < perClient; i++) {
                    // half the questions were asked before (the answer cache may hold them), half are new: a case
                    // number nobody asked for yet, so every one of them reaches the database
                    boolean fresh = r.nextBoolean();
                    String q = fresh ? "第" + (1 + r.nextInt(ROWS)) + "号" : QUERIES.get(r.nextInt(QUERIES.size()));
                    HttpRequest rq = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/public/v1/enforcement/decisions?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                            + "&page=" + (r.nextInt(4) == 0 ? 1 : 0))).GET().build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> resp = http.send(rq, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t0;
                    if (resp.statusCode() != 200) {
                        throw new IllegalStateException(resp.statusCode() + " " + resp.body());
                    }
                    times.get(fresh ? UNIQUE : q).add(took);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return times;
    }

    private static long total(int port, String q) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/api/public/v1/enforcement/decisions?size=1&q=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The page query alone, over JDBC, as the platform sends it. */
    private static List<Long> bareSql(Connection c, String q, int times) throws Exception {
        List<Long> out = new ArrayList<>();
        String sql = "select id, title from publication where status in ('PUBLISHED', 'WITHDRAWN') and published_on "
                + "is not null and search_terms @> ? and lower(search_text) like ? escape '\\' "
                + "order by decided_on desc, id desc limit 20";
        for (int i = 0; i < times; i++) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("text", SearchTerms.ofQuery(q).toArray(String[]::new)));
                ps.setString(2, "%" + q.toLowerCase() + "%");
                long t0 = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                out.add(System.nanoTime() - t0);
            }
        }
        return out;
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(i, 0)) / 1e6;
    }
}
