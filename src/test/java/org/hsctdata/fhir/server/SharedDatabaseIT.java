package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.migrate.HapiMigrationLock;
import ca.uhn.fhir.jpa.migrate.HapiMigrationStorageSvc;
import ca.uhn.fhir.jpa.migrate.SchemaMigrator;
import ca.uhn.fhir.jpa.migrate.dao.HapiMigrationDao;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.EmbeddedServers;
import org.hsctdata.fhir.support.OwnServers;
import org.hsctdata.fhir.support.TestData;
import org.hsctdata.fhir.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tests that several servers can share one PostgreSQL database behind a load balancer: two servers started at the same
 * moment on an empty database both come up (one creates the schema and installs the package while the other waits),
 * the package is installed once, what one server writes the other reads, and the pages of a search or of
 * {@code $everything} can be fetched from either server. The database they start on holds what a server that died
 * while migrating leaves behind, HAPI's migration lock, so their start also shows that such a lock blocks nobody.
 */
@EnabledIf(
		value = "org.hsctdata.fhir.support.TestDatabase#isPostgres",
		disabledReason = "an H2 database belongs to one server process")
@DatabaseTest
@OwnServers
class SharedDatabaseIT {

	static String url;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoServersAtOnceOnAnEmptyDatabaseThatADeadServerLeftLocked() throws Exception {
		url = TestDatabase.emptyDatabase("hsct_shared");
		// what HAPI's migrator leaves in its table when its server dies while migrating
		HapiMigrationStorageSvc table = migrationTable();
		table.createMigrationTableIfRequired();
		assertThat(table.insertLockRecord(UUID.randomUUID().toString())).isTrue();
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			Future<ConfigurableApplicationContext> one = starter.submit(SharedDatabaseIT::start);
			Future<ConfigurableApplicationContext> two = starter.submit(SharedDatabaseIT::start);
			first = one.get(6, TimeUnit.MINUTES);
			second = two.get(6, TimeUnit.MINUTES);
		} finally {
			starter.shutdown();
		}
	}

	@AfterAll
	static void stopServers() {
		Stream.of(first, second).filter(server -> server != null).forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void thePackageIsInstalledOnce() {
		Bundle profiles = client(second)
				.search()
				.byUrl("StructureDefinition?url=" + Canonicals.structureDefinition("ball-patient"))
				.returnBundle(Bundle.class)
				.execute();

		assertThat(profiles.getEntry()).hasSize(1);
	}

	@Test
	void whatOneServerWritesTheOtherReads() {
		IdType id = (IdType) client(first)
				.create()
				.resource(TestData.patient("Shared"))
				.execute()
				.getId();

		Patient read = client(second)
				.read()
				.resource(Patient.class)
				.withId(id.toVersionless())
				.execute();

		assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Shared");
	}

	@Test
	void eitherServerServesTheNextPageOfASearch() {
		String family = "Paged" + UUID.randomUUID().toString().replace("-", "");
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(idOf(client(first)
					.create()
					.resource(TestData.patient(family))
					.execute()
					.getId()));
		}

		Bundle page = client(first)
				.search()
				.byUrl("Patient?family:exact=" + family + "&_count=2")
				.returnBundle(Bundle.class)
				.execute();

		assertThat(allPages(page)).containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void eitherServerServesTheNextPageOfEverything() {
		String patient = idOf(client(first)
				.create()
				.resource(TestData.patient("Everything"))
				.execute()
				.getId());
		List<String> compartment = new ArrayList<>(List.of(patient));
		for (int i = 0; i < 4; i++) {
			compartment.add(idOf(client(first)
					.create()
					.resource(TestData.lymphocyteCount(patient, 0.5 + i))
					.execute()
					.getId()));
		}

		Bundle page = client(first)
				.operation()
				.onInstance(new IdType(patient))
				.named("$everything")
				.withParameter(Parameters.class, "_count", new IntegerType(2))
				.returnResourceType(Bundle.class)
				.useHttpGet()
				.execute();

		assertThat(allPages(page)).containsExactlyInAnyOrderElementsOf(compartment);
	}

	@Test
	void theMigrationLockOfAServerThatDiedWhileMigratingBlocksNobody() {
		// both servers are up (see the set-up), and the lock is gone
		assertThat(migrationTable().findFirstByPidAndNotDescription(HapiMigrationLock.LOCK_PID, ""))
				.isEmpty();
	}

	/** HAPI's migration table in the shared database, as its migrator reads and writes it. */
	static HapiMigrationStorageSvc migrationTable() {
		return new HapiMigrationStorageSvc(new HapiMigrationDao(
				new DriverManagerDataSource(
						url,
						System.getProperty("spring.datasource.username"),
						System.getProperty("spring.datasource.password", "")),
				DriverTypeEnum.POSTGRES_9_4,
				SchemaMigrator.HAPI_FHIR_MIGRATION_TABLENAME));
	}

	/**
	 * The ids on every page of a paged answer, fetching the next page alternately from the second and the first server:
	 * the paging links carry the base URL of the server that answered, as a load balancer's would carry its own.
	 */
	static List<String> allPages(Bundle firstPage) {
		List<String> ids = new ArrayList<>();
		List<ConfigurableApplicationContext> servers = List.of(second, first);
		Bundle page = firstPage;
		for (int n = 0; page != null; n++) {
			page.getEntry().forEach(entry -> ids.add(idOf(entry.getResource().getIdElement())));
			Bundle.BundleLinkComponent next = page.getLink(Bundle.LINK_NEXT);
			if (next == null) {
				break;
			}
			IGenericClient server = client(servers.get(n % 2));
			String onThatServer = server.getServerBase()
					+ next.getUrl().substring(next.getUrl().indexOf('?'));
			page = server.loadPage()
					.byUrl(onThatServer)
					.andReturnBundle(Bundle.class)
					.execute();
		}
		return ids;
	}

	static String idOf(IIdType id) {
		return id.toUnqualifiedVersionless().getValue();
	}

	/** A server as {@code java -jar} runs it, on the shared database, without the warm-up its few writes do not need. */
	static ConfigurableApplicationContext start() {
		return EmbeddedServers.start(url);
	}

	static IGenericClient client(ConfigurableApplicationContext server) {
		return EmbeddedServers.client(server);
	}
}
