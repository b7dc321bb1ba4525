package org.hsctdata.fhir.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.security.Caller;
import org.hsctdata.fhir.security.ImportScopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tests for the bulk import without a server: reading the NDJSON body ({@link ImportFile}), the write order
 * ({@link ImportOrder}), a job's rounds, report and end ({@link ImportJob}, {@link ImportJobStore} on an in-memory H2),
 * and who may import ({@link ImportScopes}).
 */
class BulkImportTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\"}";

	static final String OBSERVATION = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
			+ "\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Patient/p1\"}}";

	static ImportFile.Parsed parse(String... lines) {
		return ImportFile.parse(FHIR, String.join("\n", lines) + "\n");
	}

	static String reason(ImportFile.Parsed parsed, int index) {
		return parsed.refused().get(index).reason();
	}

	@Nested
	class Reading {

		@Test
		void everyLineWithAResourceAndAnIdIsToBeStoredUnderItsTypeAndId() {
			ImportFile.Parsed parsed = parse(OBSERVATION, PATIENT);

			assertThat(parsed.refused()).isEmpty();
			assertThat(parsed.entries())
					.extracting(ImportFile.Entry::line, ImportFile.Entry::reference)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple(1, "Observation/o1"),
							org.assertj.core.groups.Tuple.tuple(2, "Patient/p1"));
			assertThat(parsed.types()).containsExactly("Observation", "Patient");
		}

		@Test
		void aLineThatIsNotJsonIsRefusedWithItsLineNumber() {
			ImportFile.Parsed parsed = parse(PATIENT, "{\"resourceType\":\"Patient\",", OBSERVATION);

			assertThat(parsed.entries()).hasSize(2);
			assertThat(parsed.refused()).singleElement().satisfies(refusal -> {
				assertThat(refusal.line()).isEqualTo(2);
				assertThat(refusal.reason()).startsWith("HSCT-0471: line 2 is not JSON");
				assertThat(refusal.outcome()
								.getIssueFirstRep()
								.getLocation()
								.get(0)
								.getValue())
						.isEqualTo("line 2");
				assertThat(refusal.outcome().getIssueFirstRep().getSeverity())
						.isEqualTo(OperationOutcome.IssueSeverity.ERROR);
			});
		}

		@Test
		void blankLinesAreSkippedButCounted() {
			ImportFile.Parsed parsed = ImportFile.parse(FHIR, "\n" + PATIENT + "\r\n\n   \n[]\n");

			assertThat(parsed.entries())
					.singleElement()
					.extracting(ImportFile.Entry::line)
					.isEqualTo(2);
			assertThat(reason(parsed, 0)).startsWith("HSCT-0471: line 5 is not a JSON object");
		}

		@Test
		void aLineThatIsNotAFhirResourceIsRefusedSayingWhy() {
			ImportFile.Parsed parsed = parse(
					"{\"id\":\"x\"}",
					"{\"resourceType\":\"Patiant\",\"id\":\"x\"}",
					"{\"resourceType\":\"Patient\",\"id\":\"x\",\"active\":\"true\"}",
					"{\"resourceType\":\"Patient\",\"id\":\"y\",\"nosuch\":1}",
					"{\"resourceType\":\"Patient\",\"id\":\"z\"} {}");

			assertThat(parsed.entries()).isEmpty();
			assertThat(parsed.refused()).extracting(ImportFile.Refusal::line).containsExactly(1, 2, 3, 4, 5);
			assertThat(reason(parsed, 0)).contains("has no resourceType");
			assertThat(reason(parsed, 1)).contains("'Patiant' is not a FHIR R4 resource type");
			assertThat(reason(parsed, 2)).contains("wrong JSON type");
			assertThat(reason(parsed, 3)).contains("is not a valid FHIR resource");
			assertThat(reason(parsed, 4)).contains("is not JSON");
		}

		@Test
		void aResourceWithoutAValidIdIsRefused() {
			ImportFile.Parsed parsed = parse(
					"{\"resourceType\":\"Patient\",\"gender\":\"male\"}",
					"{\"resourceType\":\"Patient\",\"id\":\"a_b\"}",
					"{\"resourceType\":\"Patient\",\"id\":\"" + "x".repeat(65) + "\"}");

			assertThat(parsed.entries()).isEmpty();
			assertThat(reason(parsed, 0)).contains("line 1 has no id");
			assertThat(reason(parsed, 1)).contains("'a_b' is not a FHIR id");
			assertThat(reason(parsed, 2)).contains("is not a FHIR id");
		}

		@Test
		void theSameResourceTwiceIsRefusedTheSecondTime() {
			ImportFile.Parsed parsed = parse(PATIENT, OBSERVATION, PATIENT);

			assertThat(parsed.entries()).hasSize(2);
			assertThat(reason(parsed, 0)).isEqualTo("HSCT-0471: line 3 (Patient/p1) is on line 1 already");
		}
	}

	@Nested
	class Order {

		@Test
		void aResourceIsWrittenAfterTheResourcesOfTheBodyItRefersTo() {
			String report = "{\"resourceType\":\"DiagnosticReport\",\"id\":\"r1\",\"status\":\"final\","
					+ "\"code\":{\"text\":\"r\"},\"subject\":{\"reference\":\"Patient/p1\"},"
					+ "\"result\":[{\"reference\":\"Observation/o1\"}]}";
			ImportFile.Parsed parsed =
					parse(report, OBSERVATION, "{\"resourceType\":\"Patient\",\"id\":\"p2\"}", PATIENT);

			assertThat(references(ImportOrder.order(FHIR, parsed.entries())))
					.containsExactly(
							List.of("Patient/p2"),
							List.of("Patient/p1"),
							List.of("Observation/o1"),
							List.of("DiagnosticReport/r1"));
		}

		List<List<String>> references(List<List<ImportFile.Entry>> units) {
			return units.stream()
					.map(unit -> unit.stream().map(ImportFile.Entry::reference).toList())
					.toList();
		}

		@Test
		void resourcesThatReferToEachOtherInACycleAreOneUnitAfterTheirOtherTargets() {
			String a = "{\"resourceType\":\"Observation\",\"id\":\"a\",\"status\":\"final\",\"code\":{\"text\":\"a\"},"
					+ "\"hasMember\":[{\"reference\":\"Observation/b\"}]}";
			String b = "{\"resourceType\":\"Observation\",\"id\":\"b\",\"status\":\"final\",\"code\":{\"text\":\"b\"},"
					+ "\"subject\":{\"reference\":\"Patient/p1\"},\"hasMember\":[{\"reference\":\"Observation/a\"}]}";
			String c = OBSERVATION.replace("\"o1\"", "\"c\"").replace("Patient/p1", "Observation/a");

			assertThat(references(
							ImportOrder.order(FHIR, parse(c, b, a, PATIENT).entries())))
					.containsExactly(
							List.of("Patient/p1"), List.of("Observation/b", "Observation/a"), List.of("Observation/c"));
		}
	}

	@Nested
	class Jobs {

		ImportJobStore store;

		@BeforeEach
		void newDatabase() {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			store = new ImportJobStore(dataSource);
			store.createSchema();
			store.createSchema(); // a second start finds the tables
		}

		ImportJobStore.Job job(String id, long heartbeat) {
			ImportJobStore.Job job = new ImportJobStore.Job(
					id,
					"me",
					"http://x/fhir/$import",
					"req",
					"instance",
					ImportJobStore.State.IN_PROGRESS,
					1,
					heartbeat,
					3,
					3,
					0,
					false,
					null);
			store.insert(job);
			return job;
		}

		/**
		 * A server whose store holds the resources written so far; a reference to one it lacks is refused. Resources
		 * written together are one transaction, as HAPI's: they may refer to each other in any order, and one refused
		 * refuses them all with its reason and stores none.
		 */
		class FakeServer implements ImportJob.Writer {

			final Set<String> held = new HashSet<>();

			final List<String> attempts = new ArrayList<>();

			final List<List<String>> writes = new ArrayList<>();

			@Override
			public List<ImportJob.Outcome> write(List<ImportFile.Entry> unit) {
				List<String> together =
						unit.stream().map(ImportFile.Entry::reference).toList();
				writes.add(together);
				for (ImportFile.Entry entry : unit) {
					ImportJob.Outcome outcome = write(entry, together);
					if (outcome.stored() == null) {
						held.removeAll(together); // rolled back
						return unit.stream().map(each -> outcome).toList();
					}
				}
				return unit.stream()
						.map(entry -> ImportJob.Outcome.stored(entry.reference() + "/_history/1", "created"))
						.toList();
			}

			ImportJob.Outcome write(ImportFile.Entry entry, List<String> together) {
				attempts.add(entry.reference());
				for (var reference : FHIR.newTerser().getAllResourceReferences(entry.resource())) {
					String target = reference
							.getResourceReference()
							.getReferenceElement()
							.getValue();
					if (!held.contains(target) && !together.contains(target)) {
						return ImportJob.Outcome.refused(
								"was refused when written (400): HAPI-1094: Resource " + target
										+ " not found, specified in path: x",
								null,
								DaoWriter.unresolvedReference("Resource " + target + " not found, specified in path"));
					}
				}
				if (entry.reference().startsWith("Observation/bad")) {
					OperationOutcome cause = new OperationOutcome();
					cause.addIssue().setDiagnostics("a profile says no");
					return ImportJob.Outcome.refused("was refused when written (422): no", cause, false);
				}
				held.add(entry.reference());
				return ImportJob.Outcome.stored(entry.reference() + "/_history/1", "created");
			}
		}

		List<List<ImportFile.Entry>> units(ImportFile.Parsed parsed) {
			return parsed.entries().stream().map(List::of).toList();
		}

		/** A job in batches of one unit: each unit in a transaction of its own. */
		void run(String id, ImportJob.Writer writer, ImportFile.Parsed parsed, boolean cancelled) {
			run(id, writer, units(parsed), cancelled, 1);
		}

		void run(
				String id,
				ImportJob.Writer writer,
				List<List<ImportFile.Entry>> units,
				boolean cancelled,
				int batchSize) {
			new ImportJob(id, units, writer, store, "instance", () -> cancelled, () -> false, () -> 5, FHIR, batchSize)
					.run();
		}

		@Test
		void aResourceRefusedForAReferenceNotYetStoredIsTriedAgainAfterTheOthers() {
			job("j1", 1);
			FakeServer server = new FakeServer();
			// line order, not the order ImportOrder would choose: the Observation first
			run("j1", server, parse(OBSERVATION, PATIENT), false);

			assertThat(server.attempts).containsExactly("Observation/o1", "Patient/p1", "Observation/o1");
			assertThat(store.lines("j1", false, null))
					.extracting(ImportJobStore.Line::stored)
					.containsExactly("Observation/o1/_history/1", "Patient/p1/_history/1");
			assertThat(store.find("j1").orElseThrow().state()).isEqualTo(ImportJobStore.State.COMPLETED);
		}

		@Test
		void aReferenceNothingInTheBodyResolvesIsRefusedWithTheReasonOfItsLastAttempt() {
			job("j2", 1);
			String orphan = OBSERVATION.replace("Patient/p1", "Patient/nobody");
			run("j2", new FakeServer(), parse(orphan, PATIENT), false);

			assertThat(store.lines("j2", true, null)).singleElement().satisfies(line -> {
				assertThat(line.line()).isEqualTo(1);
				OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, line.outcome());
				assertThat(outcome.getIssueFirstRep().getDiagnostics())
						.startsWith("HSCT-0471: line 1 (Observation/o1) was refused when written (400)")
						.contains("Patient/nobody not found");
			});
			assertThat(store.lines("j2", false, null)).hasSize(1);
		}

		@Test
		void aRefusedResourceIsReportedWithItsLineAndTheIssuesOfItsRefusal() {
			job("j3", 1);
			String bad = OBSERVATION.replace("\"o1\"", "\"bad1\"");
			run("j3", new FakeServer(), parse(PATIENT, bad), false);

			OperationOutcome outcome = FHIR.newJsonParser()
					.parseResource(
							OperationOutcome.class,
							store.lines("j3", true, null).get(0).outcome());
			assertThat(outcome.getIssue())
					.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
					.containsExactly(
							"HSCT-0471: line 2 (Observation/bad1) was refused when written (422): no",
							"a profile says no");
		}

		@Test
		void aCancelledJobStopsAndKeepsWhatItStored() {
			job("j4", 1);
			AtomicInteger asked = new AtomicInteger();
			FakeServer server = new FakeServer();
			new ImportJob(
							"j4",
							units(parse(PATIENT, OBSERVATION)),
							server,
							store,
							"instance",
							() -> asked.incrementAndGet() > 1,
							() -> false,
							() -> 5,
							FHIR,
							1)
					.run();

			assertThat(server.attempts).containsExactly("Patient/p1");
			ImportJobStore.Job job = store.find("j4").orElseThrow();
			assertThat(job.state()).isEqualTo(ImportJobStore.State.CANCELLED);
			assertThat(job.message()).contains("1 resources stored before, 1 lines not written");
			assertThat(store.lines("j4", false, null)).hasSize(1);
		}

		@Test
		void resourcesAreWrittenInBatchesOfWholeUnitsInTheirOrder() {
			ImportFile.Parsed parsed = parse(
					PATIENT,
					OBSERVATION,
					OBSERVATION.replace("\"o1\"", "\"o2\""),
					OBSERVATION.replace("\"o1\"", "\"o3\""));
			List<ImportFile.Entry> entries = parsed.entries();
			List<List<ImportFile.Entry>> units =
					List.of(List.of(entries.get(0)), List.of(entries.get(1), entries.get(2)), List.of(entries.get(3)));

			assertThat(ImportJob.batches(units, 2))
					.as("a unit is never split, nor a batch larger than the size but for a larger unit")
					.containsExactly(List.of(units.get(0)), List.of(units.get(1)), List.of(units.get(2)));
			assertThat(ImportJob.batches(units, 3))
					.containsExactly(List.of(units.get(0), units.get(1)), List.of(units.get(2)));
			assertThat(ImportJob.batches(units, 1))
					.containsExactly(List.of(units.get(0)), List.of(units.get(1)), List.of(units.get(2)));
		}

		@Test
		void aBatchIsWrittenInOneTransaction() {
			job("j7", 1);
			FakeServer server = new FakeServer();
			ImportFile.Parsed parsed = parse(PATIENT, OBSERVATION, OBSERVATION.replace("\"o1\"", "\"o2\""));

			run("j7", server, ImportOrder.order(FHIR, parsed.entries()), false, ImportJob.BATCH_SIZE);

			assertThat(server.writes).containsExactly(List.of("Patient/p1", "Observation/o1", "Observation/o2"));
			assertThat(store.lines("j7", false, null))
					.extracting(ImportJobStore.Line::line, ImportJobStore.Line::stored)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple(1, "Patient/p1/_history/1"),
							org.assertj.core.groups.Tuple.tuple(2, "Observation/o1/_history/1"),
							org.assertj.core.groups.Tuple.tuple(3, "Observation/o2/_history/1"));
			ImportJobStore.Job job = store.find("j7").orElseThrow();
			assertThat(job.state()).isEqualTo(ImportJobStore.State.COMPLETED);
			assertThat(job.done()).isEqualTo(3);
		}

		@Test
		void aRefusedBatchIsWrittenAgainOneUnitAtATimeSoThatOnlyTheBadResourceIsRefused() {
			job("j8", 1);
			FakeServer server = new FakeServer();
			String bad = OBSERVATION.replace("\"o1\"", "\"bad1\"");
			String other = OBSERVATION.replace("\"o1\"", "\"o2\"");
			ImportFile.Parsed parsed = parse(PATIENT, OBSERVATION, bad, other);

			run("j8", server, ImportOrder.order(FHIR, parsed.entries()), false, ImportJob.BATCH_SIZE);

			assertThat(server.writes)
					.containsExactly(
							List.of("Patient/p1", "Observation/o1", "Observation/bad1", "Observation/o2"),
							List.of("Patient/p1"),
							List.of("Observation/o1"),
							List.of("Observation/bad1"),
							List.of("Observation/o2"));
			assertThat(server.held).containsExactlyInAnyOrder("Patient/p1", "Observation/o1", "Observation/o2");
			assertThat(store.lines("j8", false, null))
					.extracting(ImportJobStore.Line::line)
					.containsExactly(1, 2, 4);
			assertThat(store.lines("j8", true, null)).singleElement().satisfies(line -> {
				assertThat(line.line()).isEqualTo(3);
				OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, line.outcome());
				assertThat(outcome.getIssue())
						.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
						.containsExactly(
								"HSCT-0471: line 3 (Observation/bad1) was refused when written (422): no",
								"a profile says no");
			});
			assertThat(store.find("j8").orElseThrow().state()).isEqualTo(ImportJobStore.State.COMPLETED);
		}

		@Test
		void aResourceOfARefusedBatchWhoseTargetIsNotStoredYetIsTriedAgainInALaterRound() {
			job("j9", 1);
			FakeServer server = new FakeServer();
			ImportFile.Parsed parsed = parse(OBSERVATION, "{\"resourceType\":\"Patient\",\"id\":\"p2\"}", PATIENT);

			// line order, not the order ImportOrder would choose: the Observation before its Patient, in batches of 2
			run("j9", server, units(parsed), false, 2);

			assertThat(server.writes)
					.containsExactly(
							List.of("Observation/o1", "Patient/p2"),
							List.of("Observation/o1"),
							List.of("Patient/p2"),
							List.of("Patient/p1"),
							List.of("Observation/o1"));
			assertThat(store.lines("j9", false, null))
					.extracting(ImportJobStore.Line::line)
					.containsExactly(1, 2, 3);
			assertThat(store.lines("j9", true, null)).isEmpty();
		}

		@Test
		void aJobWhoseServerStoppedIsReportedFailedOnceItsHeartbeatIsStale() {
			job("j5", 1_000);

			assertThat(store.failIfStale("j5", 1_000 + ImportJobStore.STALE_AFTER_MILLIS - 1, "x"))
					.isFalse();
			assertThat(store.failIfStale("j5", 1_000 + ImportJobStore.STALE_AFTER_MILLIS + 1, "gone"))
					.isTrue();
			assertThat(store.find("j5").orElseThrow())
					.extracting(ImportJobStore.Job::state, ImportJobStore.Job::message)
					.containsExactly(ImportJobStore.State.FAILED, "gone");
			// an ended job is not ended again
			assertThat(store.finish("j5", ImportJobStore.State.COMPLETED, 3, null))
					.isFalse();
		}

		@Test
		void aJobStoppedWithTheServerIsFailedNotCancelled() {
			job("j6", 1);
			new ImportJob(
							"j6",
							units(parse(PATIENT)),
							new FakeServer(),
							store,
							"instance",
							() -> false,
							() -> true,
							() -> 5,
							FHIR,
							1)
					.run();

			assertThat(store.find("j6").orElseThrow().state()).isEqualTo(ImportJobStore.State.FAILED);
			assertThat(store.find("j6").orElseThrow().message()).startsWith("HSCT-0473");
		}
	}

	@Nested
	class Scopes {

		Caller caller(String... scopes) {
			return new Caller(true, "https://issuer.test", "someone", "app", List.of(scopes), "p1");
		}

		@Test
		void aCallerMayImportTheTypesItMayCreateAndUpdate() {
			assertThat(ImportScopes.refusedTypes(caller("system/*.cu"), List.of("Patient", "Observation")))
					.isEmpty();
			assertThat(ImportScopes.refusedTypes(caller("user/*.cud"), List.of("Patient")))
					.isEmpty();
			assertThat(ImportScopes.refusedTypes(
							caller("user/Patient.cu", "user/Observation.c"), List.of("Patient", "Observation")))
					.containsExactly("Observation");
			assertThat(ImportScopes.refusedTypes(caller("system/*.rs"), List.of("Patient")))
					.containsExactly("Patient");
		}

		@Test
		void aPatientScopeNeverImports() {
			assertThat(ImportScopes.refusedTypes(caller("patient/*.cruds"), List.of("Patient")))
					.containsExactly("Patient");
		}

		@Test
		void aJobIsSeenByItsOwnerOrASystemScope() {
			String owner = ImportScopes.owner(caller("user/*.cu"));

			assertThat(ImportScopes.maySee(caller("user/*.cu"), owner)).isTrue();
			assertThat(ImportScopes.maySee(
							new Caller(true, "https://issuer.test", "other", "", List.of("user/*.cu"), ""), owner))
					.isFalse();
			assertThat(ImportScopes.maySee(
							new Caller(true, "https://issuer.test", "other", "", List.of("system/*.rs"), ""), owner))
					.isTrue();
		}
	}
}
