package org.hsctdata.fhir.support;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The conformance fixtures under {@code src/test/resources/fixtures/<profile-id>/}: {@code p<n>-pass.json} must
 * validate against the profile, {@code f<n>-<rule>.json} must fail for the reason given in
 * {@code validation/expected-failures.csv}.
 */
public final class Fixtures {

	private static final Path ROOT = root();

	private Fixtures() {}

	/** Parses a fixture, named by its path under {@code fixtures/} ({@code mrd-observation/p1-pass.json}). */
	public static IBaseResource read(String fixture) {
		try {
			return FhirContext.forR4Cached().newJsonParser().parseResource(Files.readString(ROOT.resolve(fixture)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The MRD fixture without its claim and with a mass as its result, which no MRD result is. */
	public static Observation unclaimedBadMrd() {
		Observation mrd = (Observation) read("mrd-observation/p1-pass.json");
		mrd.getMeta().setProfile(new ArrayList<>());
		mrd.setValue(new Quantity()
				.setValue(5)
				.setSystem("http://unitsofmeasure.org")
				.setCode("mg")
				.setUnit("mg"));
		return mrd;
	}

	public static Observation unclaimedCreatinine() {
		Observation creatinine = new Observation();
		creatinine.setStatus(Observation.ObservationStatus.FINAL);
		creatinine.setCode(new CodeableConcept(new Coding("http://loinc.org", "2160-0", "Creatinine")));
		creatinine.setSubject(new Reference("Patient/ball-patient"));
		creatinine.setValue(new Quantity()
				.setValue(0.9)
				.setSystem("http://unitsofmeasure.org")
				.setCode("mg/dL")
				.setUnit("mg/dL"));
		return creatinine;
	}

	/** Every fixture path, as {@code <profile-id>/<file>}, sorted. */
	public static List<String> all() {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter(file -> file.toString().endsWith(".json"))
					.map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<String> passing() {
		return all().stream().filter(Fixtures::isPassing).toList();
	}

	public static List<String> failing() {
		return all().stream().filter(fixture -> !isPassing(fixture)).toList();
	}

	/**
	 * The failing fixtures that break a rule with an error, so that a write of them is refused; the others break a
	 * rule of severity warning only (their rows in {@code validation/expected-failures.csv} say so).
	 */
	public static List<String> refused() {
		try (InputStream csv = Fixtures.class.getResourceAsStream("/validation/expected-failures.csv")) {
			List<String> withAnError = new String(csv.readAllBytes(), StandardCharsets.UTF_8)
					.lines()
					.skip(1)
					.map(line -> line.split(",", 5))
					.filter(cells -> cells.length == 5 && cells[2].equals("error"))
					.map(cells -> cells[0])
					.toList();
			return failing().stream().filter(withAnError::contains).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The profile id a fixture belongs to: its folder. */
	public static String profileId(String fixture) {
		return fixture.substring(0, fixture.indexOf('/'));
	}

	private static boolean isPassing(String fixture) {
		return fixture.endsWith("-pass.json");
	}

	private static Path root() {
		try {
			return Path.of(Fixtures.class.getResource("/fixtures").toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
