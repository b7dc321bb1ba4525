package org.hsctdata.fhir.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Tests for the audit trail of the server without authentication (the shared test server): every access is
 * recorded as anonymous from loopback, the trail is append-only, and it neither blocks deletes nor gets lost when
 * it refers to a deleted resource. (The secured server's trail, with users and refusals: {@code SecurityIT}.)
 */
@DatabaseTest
class AuditIT extends ServerIntegrationTest {

	IIdType create(Patient patient) {
		return client.create().resource(patient).execute().getId().toUnqualifiedVersionless();
	}

	List<AuditEvent> auditEventsAbout(IIdType resource) {
		return auditEvents("AuditEvent?entity=" + resource.getValue() + "&_count=100");
	}

	List<AuditEvent> auditEvents(String search) {
		Bundle found = client.search().byUrl(search).returnBundle(Bundle.class).execute();
		return found.getEntry().stream()
				.map(entry -> (AuditEvent) entry.getResource())
				.toList();
	}

	@Test
	void recordsAnonymousAccessFromLoopback() {
		IIdType patient = create(TestData.patient("Anonymous"));
		client.read().resource(Patient.class).withId(patient).execute();

		List<AuditEvent> events = auditEventsAbout(patient);

		assertThat(events).extracting(AuditEvent::getAction).contains(AuditEventAction.C, AuditEventAction.R);
		assertThat(events).allSatisfy(event -> {
			assertThat(event.getAgent())
					.anySatisfy(agent -> assertThat(agent.getAltId()).isEqualTo("anonymous"));
			assertThat(event.getAgent())
					.anySatisfy(
							agent -> assertThat(agent.getNetwork().getAddress()).isEqualTo("127.0.0.1"));
		});
	}

	@Test
	void theTrailIsAppendOnly() {
		IIdType patient = create(TestData.patient("Append only"));
		AuditEvent recorded = auditEventsAbout(patient).get(0);
		AuditEvent forged = recorded.copy();
		forged.setId((String) null);

		assertThatThrownBy(() -> client.create().resource(forged).execute())
				.isInstanceOf(ForbiddenOperationException.class)
				.hasMessageContaining("HSCT-0405");
		assertThatThrownBy(() -> client.delete()
						.resourceById(recorded.getIdElement().toUnqualifiedVersionless())
						.execute())
				.isInstanceOf(ForbiddenOperationException.class);
	}

	@Test
	void theMetaOperationsCannotChangeAnAuditEvent() {
		IIdType patient = create(TestData.patient("Meta operations"));
		IIdType recorded = auditEventsAbout(patient).get(0).getIdElement().toUnqualifiedVersionless();
		Meta tagged = new Meta();
		tagged.addTag("http://example.org/tags", "forged", null);
		tagged.addSecurity("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", null);

		assertThatThrownBy(() ->
						client.meta().add().onResource(recorded).meta(tagged).execute())
				.isInstanceOf(ForbiddenOperationException.class)
				.hasMessageContaining("HSCT-0405");
		assertThatThrownBy(() ->
						client.meta().delete().onResource(recorded).meta(tagged).execute())
				.isInstanceOf(ForbiddenOperationException.class)
				.hasMessageContaining("HSCT-0405");

		AuditEvent stored =
				client.read().resource(AuditEvent.class).withId(recorded).execute();
		assertThat(stored.getMeta().getTag()).isEmpty();
		assertThat(stored.getMeta().getSecurity()).isEmpty();
		assertThat(stored.getMeta().getVersionId()).isEqualTo("1");
	}

	/** Every page of a patient's $everything, following the next links. */
	List<Bundle> everythingPages(IIdType patient, String types) {
		var operation = client.operation()
				.onInstance(patient)
				.named("$everything")
				.withParameter(Parameters.class, "_count", new UnsignedIntType(2));
		if (types != null) {
			operation.andParameter("_type", new StringType(types));
		}
		List<Bundle> pages = new ArrayList<>();
		pages.add(operation.returnResourceType(Bundle.class).useHttpGet().execute());
		while (pages.get(pages.size() - 1).getLink(Bundle.LINK_NEXT) != null) {
			pages.add(client.loadPage().next(pages.get(pages.size() - 1)).execute());
		}
		return pages;
	}

	static List<String> resourceTypes(List<Bundle> pages) {
		return pages.stream()
				.flatMap(page -> page.getEntry().stream())
				.map(entry -> entry.getResource().fhirType())
				.toList();
	}

	@Test
	void theTrailIsNotPartOfAPatientsRecord() {
		IIdType patient = create(TestData.patient("Everything without the trail"));
		for (int i = 0; i < 3; i++) {
			client.create()
					.resource(TestData.lymphocyteCount(patient.getValue(), 1.0 + i))
					.execute();
			client.read().resource(Patient.class).withId(patient).execute();
		}
		assertThat(auditEvents("AuditEvent?patient=" + patient.getValue())).hasSizeGreaterThan(4);

		List<Bundle> pages = everythingPages(patient, null);

		assertThat(resourceTypes(pages))
				.containsExactlyInAnyOrder("Patient", "Observation", "Observation", "Observation");
		assertThat(pages).allMatch(page -> !page.hasTotal() || page.getTotal() == 4);
	}

	@Test
	void everythingLeavesTheTrailOutOfTheTypesAsked() {
		IIdType patient = create(TestData.patient("Everything of some types"));
		client.create()
				.resource(TestData.lymphocyteCount(patient.getValue(), 1.0))
				.execute();
		client.read().resource(Patient.class).withId(patient).execute();

		assertThat(resourceTypes(everythingPages(patient, "Observation,AuditEvent")))
				.containsExactlyInAnyOrder("Patient", "Observation");
		assertThat(resourceTypes(everythingPages(patient, "AuditEvent"))).containsExactly("Patient");
	}

	@Test
	void everythingLeavesOutAnAuditEventThatAnotherResourceRefersTo() {
		IIdType patient = create(TestData.patient("Everything and a document"));
		IIdType recorded = auditEventsAbout(patient).get(0).getIdElement().toUnqualifiedVersionless();
		DocumentReference document = new DocumentReference().setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
		document.getSubject().setReference(patient.getValue());
		document.addContent().getAttachment().setContentType("text/plain").setUrl("http://example.org/note.txt");
		// indexed (search parameter "related"), so HAPI's $everything follows it
		document.getContext().addRelated().setReference(recorded.getValue());
		client.create().resource(document).execute();

		assertThat(resourceTypes(everythingPages(patient, null)))
				.containsExactlyInAnyOrder("Patient", "DocumentReference");
	}

	@Test
	void aRecordThatWasReadCanStillBeDeleted() {
		IIdType patient = create(TestData.patient("Read then deleted"));
		client.read().resource(Patient.class).withId(patient).execute();

		client.delete().resourceById(patient).execute();

		assertThat(auditEventsAbout(patient))
				.extracting(AuditEvent::getAction)
				.contains(AuditEventAction.C, AuditEventAction.R, AuditEventAction.D);
	}

	@Test
	void otherResourcesStillBlockADelete() {
		IIdType patient = create(TestData.patient("Still referenced"));
		// AuditEvents that refer to the patient before the observation does, so that they are the first conflicts
		// the database reports and the observation has to be looked for
		for (int i = 0; i < 3; i++) {
			client.read().resource(Patient.class).withId(patient).execute();
		}
		client.create()
				.resource(TestData.lymphocyteCount(patient.getValue(), 1.0))
				.execute();

		assertThatThrownBy(() -> client.delete().resourceById(patient).execute())
				.isInstanceOf(ResourceVersionConflictException.class)
				.hasMessageContaining("Observation/");
	}

	@Test
	void anOldVersionOfADeletedResourceCanStillBeRead() {
		IIdType patient = create(TestData.patient("Old versions"));
		IIdType observation = client.create()
				.resource(TestData.lymphocyteCount(patient.getValue(), 1.0))
				.execute()
				.getId();
		client.delete().resourceById(observation.toUnqualifiedVersionless()).execute();

		Observation old = client.read()
				.resource(Observation.class)
				.withId(observation.withVersion("1"))
				.execute();

		assertThat(old.getValueQuantity().getValue()).isEqualByComparingTo("1.0");
	}

	@Test
	void aTransactionIsRecordedOnceWithEveryResourceItChanged() {
		String placeholder = "urn:uuid:" + UUID.randomUUID();
		Bundle stored = client.transaction()
				.withBundle(TestData.transaction(
						placeholder,
						TestData.patient("Transaction"),
						TestData.lymphocyteCount(placeholder, 1.1),
						TestData.lymphocyteCount(placeholder, 1.2)))
				.execute();
		List<String> created = stored.getEntry().stream()
				.map(entry -> new IdType(entry.getResponse().getLocation())
						.toUnqualifiedVersionless()
						.getValue())
				.toList();

		List<AuditEvent> events = auditEvents("AuditEvent?action=C&entity=" + created.get(1));

		assertThat(events).hasSize(1);
		AuditEvent event = events.get(0);
		assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("create");
		assertThat(event.getEntity())
				.extracting(entity -> entity.getWhat().getReference())
				.filteredOn(created::contains)
				.as("the three resources, and the patient whose data they are")
				.containsExactlyInAnyOrder(created.get(0), created.get(1), created.get(2), created.get(0));
		assertThat(auditEvents("AuditEvent?action=C&patient=" + created.get(0)))
				.extracting(AuditEvent::getId)
				.containsExactly(event.getId());
	}

	@Test
	void operationsAreRecordedWhenTheyReadStoredDataOnly() {
		IIdType patient = create(TestData.patient("Operations"));
		IIdType observation = client.create()
				.resource(TestData.lymphocyteCount(patient.getValue(), 1.3))
				.execute()
				.getId()
				.toUnqualifiedVersionless();

		// validating a submitted resource reads nobody's data: not recorded
		client.operation()
				.onType(Observation.class)
				.named("$validate")
				.withParameter(Parameters.class, "resource", TestData.lymphocyteCount(patient.getValue(), 1.4))
				.execute();
		// validating a stored resource reads it: recorded
		client.operation()
				.onInstance(observation)
				.named("$validate")
				.withNoParameters(Parameters.class)
				.useHttpGet()
				.execute();

		// an operation on the server over stored data (here the tags in use): recorded
		client.operation()
				.onServer()
				.named("$meta")
				.withNoParameters(Parameters.class)
				.useHttpGet()
				.execute();

		List<String> asked = auditEvents("AuditEvent?subtype=operation&_sort=-date&_count=20").stream()
				.flatMap(event -> event.getEntity().stream())
				.map(AuditEvent.AuditEventEntityComponent::getDescription)
				.filter(description -> description != null && description.contains("/$"))
				.toList();
		assertThat(asked).anyMatch(description -> description.contains(observation.getIdPart() + "/$validate"));
		assertThat(asked).anyMatch(description -> description.endsWith("/fhir/$meta"));
		assertThat(asked).noneMatch(description -> description.contains("Observation/$validate"));
	}

	/** Every event of a search, following the next links; the ids of each page in order (at most 50 pages). */
	List<List<String>> pagesOf(String search, Runnable betweenPages) {
		List<List<String>> pages = new ArrayList<>();
		Bundle page = client.search().byUrl(search).returnBundle(Bundle.class).execute();
		while (pages.size() < 50) {
			pages.add(page.getEntry().stream()
					.map(entry -> entry.getResource().getIdElement().getIdPart())
					.toList());
			if (page.getLink(Bundle.LINK_NEXT) == null) {
				return pages;
			}
			betweenPages.run();
			page = client.loadPage().next(page).execute();
		}
		throw new AssertionError("the pages of " + search + " did not end after 50: " + pages);
	}

	@Test
	void pagesOfTheTrailNeitherOverlapNorShiftWhileEventsAreRecorded() {
		IIdType patient = create(TestData.patient("Paged trail"));
		for (int i = 0; i < 6; i++) {
			client.read().resource(Patient.class).withId(patient).execute();
		}
		Runnable anotherRead =
				() -> client.read().resource(Patient.class).withId(patient).execute();

		for (String order : List.of("", "&_sort=date", "&_sort=-date")) {
			String search = "AuditEvent?patient=" + patient.getValue() + "&_count=2" + order;
			int total = client.search()
					.byUrl(search)
					.returnBundle(Bundle.class)
					.execute()
					.getTotal();

			List<List<String>> pages = pagesOf(search, anotherRead);

			List<String> all = pages.stream().flatMap(List::stream).toList();
			assertThat(all).as(order).doesNotHaveDuplicates();
			assertThat(pages).as(order).allSatisfy(ids -> assertThat(ids).hasSizeLessThanOrEqualTo(2));
			assertThat(all)
					.as(order + ": the trail as it was at the first page, with the search that counted it")
					.hasSize(total + 1);
		}
	}

	@Test
	void anEventHasOneVersion() {
		IIdType patient = create(TestData.patient("One version"));
		IIdType recorded = auditEventsAbout(patient).get(0).getIdElement().toUnqualifiedVersionless();

		assertThat(client.read()
						.resource(AuditEvent.class)
						.withId(recorded.withVersion("1"))
						.execute()
						.getIdElement()
						.getVersionIdPart())
				.isEqualTo("1");
		assertThatThrownBy(() -> client.read()
						.resource(AuditEvent.class)
						.withId(recorded.withVersion("2"))
						.execute())
				.isInstanceOf(ResourceNotFoundException.class);
		assertThat(client.history()
						.onInstance(recorded)
						.returnBundle(Bundle.class)
						.execute()
						.getEntry())
				.hasSize(1);
		assertThatThrownBy(() -> client.read()
						.resource(AuditEvent.class)
						.withId("no-such-event")
						.execute())
				.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void searchesTheTrailCannotAnswerAreRefusedWithAReason() {
		assertThatThrownBy(() -> auditEvents("AuditEvent?entity=123"))
				.isInstanceOf(InvalidRequestException.class)
				.hasMessageContaining("HSCT-0462")
				.hasMessageContaining("entity=Type/id");
		assertThatThrownBy(() -> auditEvents("AuditEvent?_sort=subtype"))
				.isInstanceOf(InvalidRequestException.class)
				.hasMessageContaining("HSCT-0462");
		assertThatThrownBy(() -> auditEvents("AuditEvent?action:not=R"))
				.isInstanceOf(InvalidRequestException.class)
				.hasMessageContaining("HSCT-0462");
		assertThatThrownBy(() -> auditEvents("AuditEvent?policy=http://example.org"))
				.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void aResourceMayReferToAnEvent() {
		IIdType patient = create(TestData.patient("Cites the trail"));
		IIdType recorded = auditEventsAbout(patient).get(0).getIdElement().toUnqualifiedVersionless();
		DocumentReference document = new DocumentReference().setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
		document.getSubject().setReference(patient.getValue());
		document.addContent().getAttachment().setContentType("text/plain").setUrl("http://example.org/note.txt");
		document.getContext().addRelated().setReference(recorded.getValue());

		IIdType stored = client.create().resource(document).execute().getId();

		assertThat(client.read()
						.resource(DocumentReference.class)
						.withId(stored)
						.execute()
						.getContext()
						.getRelatedFirstRep()
						.getReference())
				.isEqualTo(recorded.getValue());
	}
}
