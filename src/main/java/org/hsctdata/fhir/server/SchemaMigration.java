package org.hsctdata.fhir.server;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.migrate.HapiMigrationLock;
import ca.uhn.fhir.jpa.migrate.HapiMigrationStorageSvc;
import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.SchemaMigrator;
import ca.uhn.fhir.jpa.migrate.dao.HapiMigrationDao;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or upgrades HAPI's database schema with HAPI's own migrator, before the persistence unit starts.
 *
 * <p>An empty database gets the current schema from HAPI's DDL script in one step; an existing one gets the
 * migration tasks it has not yet applied (recorded in {@code FLY_HFJ_MIGRATION}). This is how HAPI supports
 * upgrades on PostgreSQL, and it is much faster than Hibernate's {@code hbm2ddl=update}, which inspects every table
 * at every start.
 *
 * <p>It runs under the {@link StartupLock}: servers that start together on one PostgreSQL database migrate one after
 * the other, the first migrates and the others find nothing left to do. HAPI's own lock (a row in the migration table)
 * does not cover the creation of that table, and a server killed while holding it leaves the row behind.
 */
final class SchemaMigration {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	private static final String TABLE = SchemaMigrator.HAPI_FHIR_MIGRATION_TABLENAME;

	private final DataSource dataSource;

	private final StartupLock lock;

	private final DriverTypeEnum driverType;

	SchemaMigration(DataSource dataSource, StartupLock lock, Database database) {
		this.dataSource = dataSource;
		this.lock = lock;
		this.driverType = database.driverType();
	}

	void migrate() {
		HapiMigrator migrator = new HapiMigrator(TABLE, dataSource, driverType);
		migrator.addTasks(new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values()));
		migrator.createMigrationTableIfRequired();
		removeLockOfAKilledServer(migrator);
		MigrationResult result = migrator.migrate();
		log.info("HAPI database schema is current: {}", result.summary());
	}

	/**
	 * While we hold the start-up lock in the database no other server is migrating, so a lock row of HAPI's migrator was left by a
	 * server that died while migrating. HAPI would wait for it for 50 s, then refuse to start (HAPI-2153) until someone
	 * deleted it by hand.
	 */
	private void removeLockOfAKilledServer(HapiMigrator migrator) {
		if (!lock.isHeldInDatabase()) {
			return;
		}
		new HapiMigrationStorageSvc(new HapiMigrationDao(dataSource, driverType, TABLE))
				.findFirstByPidAndNotDescription(HapiMigrationLock.LOCK_PID, "")
				.ifPresent(stale -> {
					log.warn(
							"Removing the migration lock {} that a server left in {} when it stopped while migrating",
							stale.getDescription(),
							TABLE);
					migrator.clearMigrationLockWithUUID(stale.getDescription());
				});
	}
}
