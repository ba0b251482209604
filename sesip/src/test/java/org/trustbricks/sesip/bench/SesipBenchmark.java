package org.trustbricks.sesip.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.trustbricks.sesip.Assessment;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.Composer;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.mapping.Coverage;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.validation.Validator;

/**
 * SESIP performance targets: validate + compose + coverage of a 50-part, 500-claim product (&lt; 5 ms warm), and
 * 10,000 STs through validate + coverage (&lt; 2 s). The reference measured in the same run is Jackson reading the
 * same bytes into a tree, with no checking at all. Run: see docs/benchmarks.md, section SESIP.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SesipBenchmark {

    private static final Set<Regulation> ALL = Set.of(Regulation.values());

    private byte[] product;
    private SecurityTarget productSt;
    private List<byte[]> batch;
    private final ObjectMapper jsonReader = new ObjectMapper();
    private final ObjectMapper yamlReader = new ObjectMapper(new YAMLFactory());

    @Setup
    public void setUp() {
        product = BenchData.productJson(50, 500);
        productSt = BenchData.product(50, 500);
        batch = BenchData.batch(10_000, Path.of(System.getProperty("sesip.examples", "../examples/sesip"), "psa-l3-mcu.yaml"));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Assessment product_validate_compose_coverage() {
        return Sesip.assess(product, "product.json", ALL);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object product_reference_jackson_tree_only() throws Exception {
        return jsonReader.readTree(product);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void batch_10000_validate_coverage(Blackhole bh) {
        for (byte[] st : batch) {
            bh.consume(Sesip.assess(st, "st.yaml", Set.of(Regulation.EN303645)));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public List<Assessment> batch_10000_validate_coverage_parallel() {
        return Sesip.assessAll(batch, Set.of(Regulation.EN303645));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object product_read_st_validate_compose_coverage() {
        Resolved r = Resolved.of(productSt);
        return List.of(Validator.check(r), Composer.compose(r), ALL.stream().map(g -> Coverage.report(r, g)).toList());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void batch_10000_reference_yaml_tree_only(Blackhole bh) throws Exception {
        for (byte[] st : batch) {
            bh.consume(yamlReader.readTree(st));
        }
    }
}
