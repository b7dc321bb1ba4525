package org.hsctdata.fhir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.SyntheaBundles;
import org.hsctdata.fhir.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests that the example case loads into an empty server in one request, under the default (content) profile
 * enforcement, never twice, and answers what a client would ask of it; that each synthetic patient of
 * {@code examples/} loads once too; and that the same server stores ordinary EHR data, Synthea's patients, which
 * claim none of our profiles.
 *
 * <p>The one integration test with a database of its own: "into an empty server" cannot be shown on the database
 * the other tests share, so this class costs a second server start. (Run first on the shared server, it would load
 * the synthetic patients before {@code BrowserIT} loads them with the landing page's buttons.) That server skips the
 * validator warm-up: these tests validate the example case anyway, and the warm-up would validate it twice more.
 */
class ExampleIT extends ServerIntegrationTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> TestDatabase.emptyDatabase("hsct_example"));
		properties.add("hsct.validation.warm-up", () -> "false");
	}

	/** The answer to the first load, shared by the tests of this class. */
	static Bundle firstLoad;

	Bundle load() {
		return client.transaction().withBundle(ExampleBundle.read()).execute();
	}

	Bundle loadOnce() {
		if (firstLoad == null) {
			firstLoad = load();
		}
		return firstLoad;
	}

	/** The server id of an example resource, from the answer to the first load. */
	String idOf(String slug) {
		List<Bundle.BundleEntryComponent> request = ExampleBundle.read().getEntry();
		for (int i = 0; i < request.size(); i++) {
			if (ExampleBundle.slug(request.get(i).getResource()).equals(slug)) {
				return new IdType(loadOnce().getEntry().get(i).getResponse().getLocation())
						.toUnqualifiedVersionless()
						.getValue();
			}
		}
		throw new IllegalArgumentException(slug);
	}

	@Test
	void loadsIntoAnEmptyServerInOneRequestAndNeverTwice() {
		Bundle first = loadOnce();
		Bundle second = load();

		assertThat(first.getEntry())
				.hasSize(62)
				.allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
		assertThat(second.getEntry())
				.hasSize(62)
				.allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("200"));
		assertThat(locations(second)).isEqualTo(locations(first));
	}

	@Test
	void everythingReturnsEveryResourceOfThePatientCompartment() {
		String patient = idOf("patient");
		List<String> everything = new ArrayList<>();
		Bundle page = client.operation()
				.onInstance(new IdType(patient))
				.named("$everything")
				.withParameter(Parameters.class, "_count", new IntegerType(100))
				.returnResourceType(Bundle.class)
				.useHttpGet()
				.execute();
		while (page != null) {
			page.getEntry()
					.forEach(entry -> everything.add(entry.getResource()
							.getIdElement()
							.toUnqualifiedVersionless()
							.getValue()));
			page = page.getLink(Bundle.LINK_NEXT) == null
					? null
					: client.loadPage().next(page).execute();
		}

		// The grafts (BiologicallyDerivedProduct) are the only resources of the case outside the patient
		// compartment of FHIR R4.
		Set<String> compartment = ExampleBundle.resources().stream()
				.filter(resource -> !resource.fhirType().equals("BiologicallyDerivedProduct"))
				.map(resource -> idOf(ExampleBundle.slug(resource)))
				.collect(Collectors.toSet());
		assertThat(compartment).hasSize(60);
		assertThat(everything).containsAll(compartment);
	}

	@Test
	void findsEveryMrdResultOfThePatientInDateOrder() {
		String patient = idOf("patient");

		Bundle mrd = client.search()
				.byUrl("Observation?patient=" + patient + "&code=" + Canonicals.LOCAL_CODE_SYSTEM
						+ "|mrd-flow&_sort=date")
				.returnBundle(Bundle.class)
				.execute();

		assertThat(mrd.getEntry())
				.extracting(entry -> ((Observation) entry.getResource())
						.getEffectiveDateTimeType()
						.getValueAsString())
				.containsExactly("2018-12", "2018-12-22", "2019-08", "2019-09-28");
	}

	@Test
	void findsTheBlinatumomabInfusion() {
		Bundle blinatumomab = client.search()
				.byUrl("MedicationAdministration?patient=" + idOf("patient")
						+ "&code=http://www.nlm.nih.gov/research/umls/rxnorm|1597258")
				.returnBundle(Bundle.class)
				.execute();

		assertThat(ids(blinatumomab)).containsExactly(idOf("blinatumomab"));
	}

	@Test
	void findsTheProceduresThatArePartOfEachTransplant() {
		Bundle partOfFirst = client.search()
				.byUrl("Procedure?part-of=" + idOf("hsct-1"))
				.returnBundle(Bundle.class)
				.execute();
		Bundle partOfSecond = client.search()
				.byUrl("Procedure?part-of=" + idOf("hsct-2"))
				.returnBundle(Bundle.class)
				.execute();

		assertThat(ids(partOfFirst)).containsExactlyInAnyOrder(idOf("conditioning-1"), idOf("gvhd-prophylaxis-1"));
		assertThat(ids(partOfSecond)).containsExactlyInAnyOrder(idOf("conditioning-2"), idOf("gvhd-prophylaxis-2"));
	}

	@Test
	void loadsEverySyntheticPatientOnceUnderTheDefaultPolicy() {
		for (Path file : ExampleBundle.files()) {
			if (file.equals(ExampleBundle.PATH.toAbsolutePath())) {
				continue; // the published case: the tests above
			}
			Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, SyntheaBundles.json(file));

			Bundle first = client.transaction().withBundle(bundle).execute();
			Bundle again = client.transaction().withBundle(bundle).execute();

			assertThat(first.getEntry())
					.as("first load of %s", file.getFileName())
					.hasSize(bundle.getEntry().size())
					.allSatisfy(
							entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
			assertThat(again.getEntry())
					.as("second load of %s", file.getFileName())
					.allSatisfy(
							entry -> assertThat(entry.getResponse().getStatus()).startsWith("200"));
			assertThat(locations(again)).isEqualTo(locations(first));
		}
	}

	@Test
	void storesSyntheaPatientsWhoseResourcesClaimNoProfileOfOurs() {
		for (Path file : SyntheaBundles.referenceBundles()) {
			Bundle answer = post(file);
			assertThat(answer.getEntry())
					.as(file.toString())
					.allSatisfy(
							entry -> assertThat(entry.getResponse().getStatus()).matches("20[01].*"));
		}
		for (Path file : SyntheaBundles.patientBundles()) {
			long started = System.nanoTime();
			Bundle answer = post(file);
			long millis = (System.nanoTime() - started) / 1_000_000;

			assertThat(answer.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
			assertThat(answer.getEntry())
					.as(file.toString())
					.isNotEmpty()
					.allSatisfy(
							entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
			System.out.printf(
					"ExampleIT: Synthea transaction %s (%d entries) stored in %d ms%n",
					file.getFileName(), answer.getEntry().size(), millis);
		}
	}

	Bundle post(Path file) {
		return client.transaction()
				.withBundle(FHIR.newJsonParser().parseResource(Bundle.class, SyntheaBundles.json(file)))
				.execute();
	}

	static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.map(Resource::getIdElement)
				.map(id -> id.toUnqualifiedVersionless().getValue())
				.toList();
	}

	static List<String> locations(Bundle response) {
		return response.getEntry().stream()
				.map(entry -> new IdType(entry.getResponse().getLocation())
						.toUnqualifiedVersionless()
						.getValue())
				.toList();
	}
}
