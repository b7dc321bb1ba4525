package org.hsctdata.fhir.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hsctdata.fhir.audit.AuditEventsTests.DOCTOR;
import static org.hsctdata.fhir.audit.AuditEventsTests.REQUEST;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hsctdata.fhir.audit.AuditQuery.Column;
import org.hsctdata.fhir.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests for {@link AuditStore} and {@link AuditQuery} on an in-memory H2 database, without the server. */
class AuditStoreTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	AuditStore store;

	@BeforeEach
	void newDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		store = new AuditStore(dataSource, FHIR);
		store.createSchema();
		store.createSchema(); // a second start finds the tables
	}

	AuditEvent read(String resource, String patient, long recorded) {
		AuditEvent event = AuditEvents.read(DOCTOR, REQUEST, RestOperationTypeEnum.READ, resource, patient);
		event.setRecorded(new Date(recorded));
		return event;
	}

	void insert(AuditEvent... events) throws Exception {
		try (Connection connection = store.dataSource().getConnection()) {
			store.insert(connection, List.of(events));
		}
	}

	List<String> found(AuditQuery query) throws Exception {
		List<String> ids = new ArrayList<>();
		store.search(query, 0, 100)
				.events()
				.forEach(event -> ids.add(event.getIdElement().getIdPart()));
		return ids;
	}

	@Test
	void anEventComesBackAsItWasRecordedWithItsIdAndOneVersion() throws Exception {
		AuditEvent event = read("Observation/7", "Patient/3", 1_000);
		insert(event);

		AuditEvent stored = store.search(new AuditQuery(), 0, 10).events().get(0);

		assertThat(stored.getIdElement().getIdPart())
				.isEqualTo(event.getIdElement().getIdPart());
		assertThat(stored.getIdElement().getVersionIdPart()).isEqualTo("1");
		assertThat(stored.getMeta().getLastUpdated()).isEqualTo(new Date(1_000));
		assertThat(stored.getRecorded()).isEqualTo(new Date(1_000));
		event.setId((String) null);
		stored.setId((String) null);
		stored.setMeta(null);
		assertThat(FHIR.newJsonParser().encodeResourceToString(stored))
				.isEqualTo(FHIR.newJsonParser().encodeResourceToString(event));
	}

	@Test
	void findsEventsByTheResourcesTheyReferTo() throws Exception {
		AuditEvent first = read("Observation/7", "Patient/3", 1_000);
		AuditEvent second = read("Condition/8", "Patient/4", 2_000);
		AuditEvent change = AuditEvents.change(
				DOCTOR,
				REQUEST,
				RestOperationTypeEnum.CREATE,
				List.of("Patient/3", "Observation/9"),
				Set.of("Patient/3"));
		change.setRecorded(new Date(3_000));
		insert(first, second, change);

		assertThat(found(new AuditQuery().refersToAny(List.of("Patient/3")))).containsExactly(id(first), id(change));
		assertThat(found(new AuditQuery().refersToAny(List.of("Observation/9", "Condition/8"))))
				.containsExactly(id(second), id(change));
		assertThat(found(new AuditQuery().refersToAny(List.of("Patient/3")).refersToAny(List.of("Observation/7"))))
				.containsExactly(id(first));
		assertThat(found(new AuditQuery().refersToAny(List.of())))
				.as("no value that can match")
				.isEmpty();
	}

	@Test
	void findsEventsByColumnAndTimeInEitherOrder() throws Exception {
		AuditEvent early = read("Observation/1", null, 1_000);
		AuditEvent late = read("Observation/2", null, 5_000);
		AuditEvent refused = AuditEvents.denied(
				new Caller(false, "", "anonymous", "", List.of(), ""),
				REQUEST,
				RestOperationTypeEnum.SEARCH_TYPE,
				"HSCT-0401");
		refused.setRecorded(new Date(3_000));
		insert(late, early, refused);

		assertThat(found(new AuditQuery())).containsExactly(id(early), id(refused), id(late));
		assertThat(found(new AuditQuery().newestFirst(true))).containsExactly(id(late), id(refused), id(early));
		assertThat(found(new AuditQuery().recordedFrom(2_000).recordedUntil(5_000)))
				.containsExactly(id(refused), id(late));
		assertThat(found(new AuditQuery().anyOf(Column.OUTCOME, List.of("4")))).containsExactly(id(refused));
		assertThat(found(new AuditQuery().anyOf(Column.ALTID, List.of("dr-who"))))
				.containsExactly(id(early), id(late));
		assertThat(found(new AuditQuery().anyOf(Column.SUBTYPE, List.of("read", "search-type"))))
				.hasSize(3);
		assertThat(found(new AuditQuery().anyOf(Column.ACTION, List.of("R")))).containsExactly(id(early), id(late));
		assertThat(found(new AuditQuery().anyOf(Column.ID, List.of(id(late))))).containsExactly(id(late));
	}

	@Test
	void pagesAreOffsetsIntoTheOrderWithTheTotal() throws Exception {
		List<AuditEvent> events = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			events.add(read("Observation/" + i, "Patient/1", 1_000)); // one millisecond: the id orders them
		}
		insert(events.toArray(AuditEvent[]::new));

		AuditStore.Page first = store.search(new AuditQuery(), 0, 2);
		AuditStore.Page last = store.search(new AuditQuery(), 4, 2);
		AuditStore.Page past = store.search(new AuditQuery(), 6, 2);

		assertThat(first.total()).isEqualTo(5);
		assertThat(first.events()).hasSize(2);
		assertThat(last.events()).hasSize(1);
		assertThat(past.events()).isEmpty();
		List<String> all = new ArrayList<>();
		for (int offset = 0; offset < 5; offset += 2) {
			store.search(new AuditQuery(), offset, 2).events().forEach(event -> all.add(id(event)));
		}
		assertThat(all).doesNotHaveDuplicates().hasSize(5);
	}

	static String id(AuditEvent event) {
		return event.getIdElement().getIdPart();
	}
}
