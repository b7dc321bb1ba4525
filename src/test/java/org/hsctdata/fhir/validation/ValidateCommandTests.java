package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ValidateCommand}, the {@code validate} command of the server jar, on the shipped files. */
class ValidateCommandTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	@TempDir
	Path dir;

	record Run(int exitCode, String out, String err) {}

	static Run validate(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = ValidateCommand.run(
				List.of(arguments),
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void passesValidFilesAndEveryExampleBundle() {
		// the examples folder: the published case and the synthetic patients, with their absolute doses and
		// conditioning intensities checked against the resources they reference
		List<String> files = new ArrayList<>(
				List.of(FIXTURES.resolve("mrd-observation/p1-pass.json").toString()));
		ExampleBundle.files().forEach(file -> files.add(file.toString()));
		Run run = validate(files.toArray(String[]::new));
		int bundles = files.size() - 1;

		assertThat(bundles).isGreaterThan(1);
		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out())
				.contains(files.size() + " file(s), 0 with errors: 0 error(s)")
				.doesNotContain("HSCT-01");
	}

	@Test
	void printsEveryErrorWithItsLocationAndFails() {
		Run run = validate(
				"--errors-only", FIXTURES.resolve("chimerism-observation").toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out())
				.contains("f1-ball-hsct-1.json: 1 error(s)")
				.contains("error   Observation: Constraint failed: ball-hsct-1")
				.doesNotContain("warning ");
	}

	@Test
	void checksTheAbsoluteDoseAgainstABodySurfaceAreaInAnotherFile() throws IOException {
		Files.copy(FIXTURES.resolve("cancer-medication-administration/p2-pass.json"), dir.resolve("dose.json"));
		Files.writeString(
				dir.resolve("bsa.json"),
				Files.readString(FIXTURES.resolve("body-surface-area-observation/p1-pass.json"))
						.replace("\"body-surface-area-observation-p1\"", "\"body-surface-area-1\""));

		Run consistent = validate(dir.toString());
		Files.writeString(
				dir.resolve("dose.json"),
				Files.readString(dir.resolve("dose.json")).replace("304", "250"));
		Run inconsistent = validate(dir.toString());

		assertThat(consistent.exitCode()).as(consistent.out()).isZero();
		assertThat(inconsistent.exitCode()).isEqualTo(1);
		assertThat(inconsistent.out()).contains("HSCT-0100", "= 304 mg");
	}

	@Test
	void holdsAnUnclaimedResourceAndEachBundleEntryToTheProfileItsContentIdentifies() throws IOException {
		FhirContext fhir = FhirContext.forR4Cached();
		Observation mrd = Fixtures.unclaimedBadMrd();
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		bundle.addEntry().setFullUrl("urn:uuid:creatinine").setResource(Fixtures.unclaimedCreatinine());
		bundle.addEntry().setFullUrl("urn:uuid:mrd").setResource(mrd);
		Files.writeString(dir.resolve("mrd.json"), fhir.newJsonParser().encodeResourceToString(mrd));
		Files.writeString(dir.resolve("bundle.json"), fhir.newJsonParser().encodeResourceToString(bundle));
		Files.writeString(
				dir.resolve("creatinine.json"),
				fhir.newJsonParser().encodeResourceToString(Fixtures.unclaimedCreatinine()));
		String heldTo = "HSCT-0201: held to " + Canonicals.structureDefinition("mrd-observation")
				+ " because Observation.code is "
				+ mrd.getCode().getCodingFirstRep().getSystem();

		Run run = validate("--errors-only", dir.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out())
				.contains("creatinine.json: 0 error(s)")
				.contains("3 file(s), 2 with errors")
				.contains("information Observation: " + heldTo)
				.contains("information Bundle.entry[1].resource: " + heldTo)
				.doesNotContain("Bundle.entry[0].resource: HSCT-0201");
	}

	@Test
	void warnsWhenABundlesConditioningIntensityContradictsItsDoses() throws IOException {
		Path regimens = Path.of("src/test/resources/validation/conditioning-intensity");
		Files.copy(regimens.resolve("warn-0110-ric-tbi.json"), dir.resolve("ric-with-tbi.json"));
		Files.copy(regimens.resolve("pass-mac-tbi-cy.json"), dir.resolve("mac-with-tbi.json"));

		Run run = validate(dir.toString());

		assertThat(run.out()).contains("HSCT-0110").containsOnlyOnce("HSCT-011");
	}

	@Test
	void reportsAFileThatIsNotAFhirResource() throws IOException {
		Files.writeString(dir.resolve("truncated.json"), "{\"resourceType\":\"Patient\",");

		Run run = validate(dir.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("truncated.json: 1 error(s)").contains("fatal   (file): not a FHIR R4 resource");
	}

	@Test
	void refusesAPathThatDoesNotExist() {
		Run run = validate("no/such/file.json");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("no such file or folder: no/such/file.json");
	}
}
