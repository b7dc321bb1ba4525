package org.hsctdata.fhir.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The benchmark's results: every measure for ours and plain, their ratio and the target, as JSON and as a
 * markdown table.
 */
final class Report {

	/**
	 * How a measure is judged against plain: the performance issue sets one such target (transplant ingest); its
	 * others are against the stock starter, measured with the shared harness (bench/README.md).
	 */
	record Target(String text, Double minRatio) {

		static final Target NONE = new Target("", null);

		static Target ratioAtLeast(double ratio) {
			return new Target(String.format(Locale.ROOT, "≥ %.1f× plain", ratio), ratio);
		}

		Boolean met(double ours, double plain) {
			if (minRatio == null) {
				return null;
			}
			return !Double.isNaN(ours) && ours / plain >= minRatio;
		}
	}

	/**
	 * One row of the table.
	 *
	 * @param id     stable key in the JSON
	 * @param label  what is measured
	 * @param unit   its unit
	 * @param value  how to read it from one configuration's results
	 * @param target the target
	 */
	record Measure(String id, String label, String unit, Function<Map<String, Object>, Double> value, Target target) {}

	static final List<Measure> MEASURES = measures();

	private final BenchSettings settings;

	private final Instant started;

	private final Instant finished;

	private final Map<String, Object> data;

	private final Map<Benchmark.Configuration, Map<String, Object>> results;

	Report(
			BenchSettings settings,
			Instant started,
			Instant finished,
			Map<String, Object> data,
			Map<Benchmark.Configuration, Map<String, Object>> results) {
		this.settings = settings;
		this.started = started;
		this.finished = finished;
		this.data = data;
		this.results = results;
	}

	private static List<Measure> measures() {
		List<Measure> measures = new ArrayList<>();
		measures.add(new Measure(
				"launchToMetadata",
				"Launch → first `/metadata` 200, new database",
				"s",
				r -> (Double) r.get("launchToMetadataSeconds"),
				Target.NONE));
		measures.add(new Measure(
				"launchToReady",
				"Launch → ready (readiness UP), new database",
				"s",
				r -> (Double) r.get("launchToReadySeconds"),
				Target.NONE));
		measures.add(new Measure(
				"restartToMetadata",
				"Launch → first `/metadata` 200, existing database",
				"s",
				r -> (Double) r.get("restartToMetadataSeconds"),
				Target.NONE));
		measures.add(new Measure(
				"idleRss", "RSS idle after start-up", "MiB", r -> (Double) r.get("idleRssMiB"), Target.NONE));
		measures.add(new Measure("peakRss", "RSS peak (VmHWM)", "MiB", r -> (Double) r.get("peakRssMiB"), Target.NONE));
		for (String[] phase : new String[][] {
			{"ingestSyntheaC1", "Ingest Synthea, c=1"},
			{"ingestSyntheaC4", "Ingest Synthea, c=4"},
			{"ingestTransplantC1", "Ingest transplant patients, c=1"},
			{"ingestTransplantC4", "Ingest transplant patients, c=4"}
		}) {
			measures.add(new Measure(
					phase[0],
					phase[1],
					"resources/s",
					r -> ((Ingest.Result) r.get(phase[0])).resourcesPerSecond(),
					// the performance issue's one target against plain; the others are against the stock starter
					phase[0].startsWith("ingestTransplant") ? Target.ratioAtLeast(1.0) : Target.NONE));
			measures.add(new Measure(
					phase[0] + "Cpu",
					phase[1] + ": server CPU per resource",
					"ms/resource",
					r -> ((Ingest.Result) r.get(phase[0])).cpuMillisPerResource(),
					Target.NONE));
			measures.add(new Measure(
					phase[0] + "Compilers",
					phase[1] + ": JIT compilers' share of that CPU",
					"%",
					r -> ((Ingest.Result) r.get(phase[0])).compilerCpuPercent(),
					Target.NONE));
			measures.add(new Measure(
					phase[0] + "Rejected",
					phase[1] + ": bundles rejected",
					"bundles",
					r -> (double) ((Ingest.Result) r.get(phase[0])).rejected(),
					Target.NONE));
		}
		for (String[] search : new String[][] {
			{"read", "Read by id (Patient, Observation)"},
			{"observationByCodeAndDate", "Search Observation by patient, code, date"},
			{"conditionByPatient", "Search Condition by patient"},
			{"medicationAdministrationByPatient", "Search MedicationAdministration by patient"},
			{"observationInclude", "Search Observation by patient with `_include` (subject, focus, encounter)"},
			{"everything", "`Patient/{id}/$everything`, first page of 50"}
		}) {
			measures.add(new Measure(
					search[0] + "P50",
					search[1] + ", p50",
					"ms",
					r -> latency(r, search[0]).p50(),
					Target.NONE));
			measures.add(new Measure(
					search[0] + "P95",
					search[1] + ", p95",
					"ms",
					r -> latency(r, search[0]).p95(),
					Target.NONE));
		}
		measures.add(new Measure(
				"exportSystem",
				"Bulk `$export` of the whole server, kick-off to last file downloaded",
				"resources/s",
				r -> ((BulkExportBench.Result) r.get("exportSystem")).resourcesPerSecond(),
				Target.NONE));
		measures.add(new Measure(
				"importSample",
				"Import of a sample of that export (whole patient records, "
						+ "see docs/performance.md) into an empty server: ours `$import`, plain transactions of 100 `PUT`s",
				"resources/s",
				r -> ((BulkImportBench.Result) r.get("importSample")).resourcesPerSecond(),
				Target.NONE));
		measures.add(new Measure(
				"importSampleRefused",
				"Import of the sample: resources refused",
				"resources",
				r -> (double) ((BulkImportBench.Result) r.get("importSample")).refused(),
				Target.NONE));
		measures.add(new Measure(
				"summaryP50",
				"`Patient/{id}/$summary` of a transplant patient, warm p50 (ours only)",
				"ms",
				r -> r.get("summaryWarm") == null ? Double.NaN : ((Latencies.Result) r.get("summaryWarm")).p50(),
				Target.NONE));
		measures.add(new Measure(
				"summaryP95",
				"`Patient/{id}/$summary`, warm p95 (ours only)",
				"ms",
				r -> r.get("summaryWarm") == null ? Double.NaN : ((Latencies.Result) r.get("summaryWarm")).p95(),
				Target.NONE));
		measures.add(new Measure(
				"validateFirst",
				"`$validate` of an MRD Observation, first call after start",
				"ms",
				r -> (Double) ((Map<?, ?>) r.get("validateFirst")).get("millis"),
				Target.NONE));
		measures.add(new Measure(
				"validateP50",
				"`$validate`, warm p50",
				"ms",
				r -> ((Latencies.Result) r.get("validateWarm")).p50(),
				Target.NONE));
		measures.add(new Measure(
				"validateP95",
				"`$validate`, warm p95",
				"ms",
				r -> ((Latencies.Result) r.get("validateWarm")).p95(),
				Target.NONE));
		return measures;
	}

	private static Latencies.Result latency(Map<String, Object> result, String key) {
		return (Latencies.Result) ((Map<?, ?>) result.get("latency")).get(key);
	}

	private Map<String, Object> ours() {
		return results.get(Benchmark.Configuration.OURS);
	}

	private Map<String, Object> plain() {
		return results.get(Benchmark.Configuration.PLAIN);
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("started", started.toString());
		json.put("finished", finished.toString());
		json.put("machine", machine());
		json.put("settings", settings(settings));
		json.put("data", data);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Measure measure : MEASURES) {
			double ours = measure.value().apply(ours());
			double plain = measure.value().apply(plain());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", measure.id());
			row.put("label", measure.label());
			row.put("unit", measure.unit());
			row.put("ours", finite(ours));
			row.put("plain", finite(plain));
			row.put("ratio", finite(ours / plain));
			row.put("target", measure.target().text());
			row.put("met", measure.target().met(ours, plain));
			rows.add(row);
		}
		json.put("measures", rows);
		Map<String, Object> configurations = new LinkedHashMap<>();
		results.forEach((configuration, result) -> configurations.put(configuration.key, result));
		json.put("configurations", configurations);
		return json;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		Map<String, Object> machine = machine();
		md.append("Benchmark run ")
				.append(started)
				.append(" (")
				.append(Math.round((finished.toEpochMilli() - started.toEpochMilli()) / 1000.0))
				.append(" s) on ")
				.append(machine.get("cpus"))
				.append(" CPUs (")
				.append(machine.get("cpuModel"))
				.append("), ")
				.append(machine.get("memoryGiB"))
				.append(" GiB, ")
				.append(machine.get("java"))
				.append("; both servers with ")
				.append(
						settings.jvmArgs().isEmpty()
								? "the JVM's defaults"
								: "`" + String.join(" ", settings.jvmArgs()) + "`")
				.append(", H2 file database. Load average before ours / plain: ")
				.append(ours().get("loadAverageBefore"))
				.append(" / ")
				.append(plain().get("loadAverageBefore"))
				.append(".\n\n");
		Map<?, ?> synthea = (Map<?, ?>) data.get("synthea");
		Map<?, ?> transplant = (Map<?, ?>) data.get("transplant");
		md.append("Data: Synthea population ")
				.append(synthea.get("population"))
				.append(", seed ")
				.append(synthea.get("seed"))
				.append(": ")
				.append(synthea.get("patientBundles"))
				.append(" patient bundles, ")
				.append(synthea.get("patientEntries"))
				.append(" resources (posted at c=1, then again at c=4)");
		List<?> tooLarge = (List<?>) synthea.get("notSentTooLarge");
		if (!tooLarge.isEmpty()) {
			md.append("; not sent, over ")
					.append(synthea.get("maxBundleMiB"))
					.append(" MiB: ")
					.append(String.join(
							", ", tooLarge.stream().map(Object::toString).toList()));
		}
		md.append(". Transplant patients: ")
				.append(transplant.get("copiesPerConcurrency"))
				.append(" copies of the example case at c=1 and ")
				.append(transplant.get("copiesPerConcurrency"))
				.append(" others at c=4, ")
				.append(transplant.get("entriesPerCopy"))
				.append(" resources each.\n\n");
		md.append("| Measure | Ours | Plain | Ratio | Target | Met? |\n|---|---:|---:|---:|---|---|\n");
		for (Measure measure : MEASURES) {
			double ours = measure.value().apply(ours());
			double plain = measure.value().apply(plain());
			Boolean met = measure.target().met(ours, plain);
			md.append("| ")
					.append(measure.label())
					.append(" (")
					.append(measure.unit())
					.append(") | ")
					.append(format(ours, measure.unit()))
					.append(" | ")
					.append(format(plain, measure.unit()))
					.append(" | ")
					.append(Double.isFinite(ours / plain) ? String.format(Locale.ROOT, "%.2f", ours / plain) : "–")
					.append(" | ")
					.append(measure.target().text())
					.append(" | ")
					.append(met == null ? "" : met ? "yes" : "**no**")
					.append(" |\n");
		}
		md.append('\n');
		for (Benchmark.Configuration configuration : results.keySet()) {
			for (String phase :
					List.of("ingestSyntheaC1", "ingestSyntheaC4", "ingestTransplantC1", "ingestTransplantC4")) {
				Ingest.Result result =
						(Ingest.Result) results.get(configuration).get(phase);
				if (result.rejected() > 0 || result.notSent() > 0) {
					md.append("- ")
							.append(configuration.key)
							.append(", ")
							.append(phase)
							.append(": ")
							.append(result.rejected())
							.append(" of ")
							.append(result.bundles())
							.append(" bundles rejected (")
							.append(result.entriesRejected())
							.append(" resources), ")
							.append(result.notSent())
							.append(" not sent (time limit); ")
							.append(String.join("; ", result.rejections()))
							.append('\n');
				}
			}
		}
		return md.toString();
	}

	static String format(double value, String unit) {
		if (!Double.isFinite(value)) {
			return "–";
		}
		return switch (unit) {
			case "s", "ms" ->
				value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
			case "ms/resource" -> String.format(Locale.ROOT, "%.2f", value);
			default -> String.format(Locale.ROOT, "%.0f", value);
		};
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cpus", Runtime.getRuntime().availableProcessors());
		machine.put("cpuModel", procField("/proc/cpuinfo", "model name"));
		String memKb = procField("/proc/meminfo", "MemTotal");
		machine.put(
				"memoryGiB",
				memKb.isEmpty() ? "?" : Math.round(Long.parseLong(memKb.replaceAll("\\D", "")) / 1024.0 / 1024.0));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put(
				"java",
				"Java " + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")");
		machine.put("benchmarkJvm", ManagementFactory.getRuntimeMXBean().getVmVendor());
		return machine;
	}

	private static String procField(String file, String field) {
		try {
			for (String line : Files.readAllLines(Path.of(file))) {
				if (line.startsWith(field)) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		} catch (java.io.IOException e) {
			// not Linux
		}
		return "";
	}

	private static Map<String, Object> settings(BenchSettings settings) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("population", settings.population());
		json.put("seed", settings.seed());
		json.put("transplantCopies", settings.transplantCopies());
		json.put("iterations", settings.iterations());
		json.put("validateIterations", settings.validateIterations());
		json.put("latencyPatients", settings.latencyPatients());
		json.put("jvmArgs", settings.jvmArgs());
		json.put("settleSeconds", settings.settle().toSeconds());
		json.put("phaseLimitSeconds", settings.phaseLimit().toSeconds());
		json.put("measureLimitSeconds", settings.measureLimit().toSeconds());
		json.put("maxBundleMiB", settings.maxBundleBytes() / 1024 / 1024);
		return json;
	}
}
