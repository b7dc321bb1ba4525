package org.hsctdata.fhir.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Synthea bundles of one population and seed, generated once by {@code bench/synthea/pom.xml} (Synthea in its own
 * JVM and classpath) into {@code <out>/synthea/p<population>-s<seed>/fhir/} and reused by later runs.
 *
 * @param dir              the folder of the bundles
 * @param referenceBundles the hospitals and practitioners, which the patient bundles refer to (posted first)
 * @param patientBundles   one bundle per patient, at most {@code maxBundleBytes} each
 * @param tooLarge         patient bundles over {@code maxBundleBytes}: not sent, listed in the results
 * @param maxBundleBytes   the size limit applied
 * @param population       Synthea's population size
 * @param seed             Synthea's seed
 */
record SyntheaData(
		Path dir,
		List<BundleFile> referenceBundles,
		List<BundleFile> patientBundles,
		List<BundleFile> tooLarge,
		long maxBundleBytes,
		int population,
		long seed) {

	static final Duration GENERATION_TIMEOUT = Duration.ofMinutes(30);

	static SyntheaData prepare(BenchSettings settings, Path log) throws IOException, InterruptedException {
		Path dir = settings.out().resolve("synthea").resolve("p" + settings.population() + "-s" + settings.seed());
		if (!Files.isDirectory(dir.resolve("fhir"))) {
			Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
			Benchmark.deleteRecursively(partial);
			Benchmark.log(
					"generating Synthea patients (population %d, seed %d) into %s",
					settings.population(), settings.seed(), dir);
			Benchmark.exec(
					List.of(
							settings.projectDir().resolve("mvnw").toString(),
							"-q",
							"-B",
							"-f",
							settings.projectDir()
									.resolve("bench/synthea/pom.xml")
									.toString(),
							"exec:exec",
							"-Dsynthea.population=" + settings.population(),
							"-Dsynthea.seed=" + settings.seed(),
							"-Dsynthea.output=" + partial),
					log,
					GENERATION_TIMEOUT);
			Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
		}
		List<BundleFile> reference = new ArrayList<>();
		List<BundleFile> patients = new ArrayList<>();
		List<BundleFile> tooLarge = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir.resolve("fhir"))) {
			for (Path file :
					files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				String name = file.getFileName().toString();
				BundleFile bundle = BundleFile.of(file);
				if (name.startsWith("hospitalInformation") || name.startsWith("practitionerInformation")) {
					reference.add(bundle);
				} else if (bundle.bytes() > settings.maxBundleBytes()) {
					tooLarge.add(bundle);
				} else {
					patients.add(bundle);
				}
			}
		}
		if (patients.isEmpty()) {
			throw new IllegalStateException("no Synthea patient bundle under " + dir);
		}
		// hospitals before practitioners: practitioner roles refer to organizations
		reference.sort((a, b) -> a.name().compareTo(b.name()));
		return new SyntheaData(
				dir, reference, patients, tooLarge, settings.maxBundleBytes(), settings.population(), settings.seed());
	}

	Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("population", population);
		description.put("seed", seed);
		description.put("dir", dir.toString());
		description.put("patientBundles", patientBundles.size());
		description.put(
				"patientEntries",
				patientBundles.stream().mapToLong(BundleFile::entries).sum());
		description.put(
				"patientMiB",
				patientBundles.stream().mapToLong(BundleFile::bytes).sum() / 1024.0 / 1024.0);
		description.put(
				"referenceEntries",
				referenceBundles.stream().mapToLong(BundleFile::entries).sum());
		description.put(
				"notSentTooLarge",
				tooLarge.stream()
						.map(b -> b.name() + " (" + b.entries() + " entries, " + b.bytes() / 1024 / 1024 + " MiB)")
						.toList());
		description.put("maxBundleMiB", maxBundleBytes / 1024 / 1024);
		return description;
	}
}
