package org.hsctdata.fhir.server;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.SchemaMigrator;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Creates or upgrades HAPI's database schema with HAPI's own migrator, before the persistence unit starts.
 *
 * <p>An empty database gets the current schema from HAPI's DDL script in one step; an existing one gets the
 * migration tasks it has not yet applied (recorded in {@code FLY_HFJ_MIGRATION}). This is how HAPI supports
 * upgrades on PostgreSQL, and it is much faster than Hibernate's {@code hbm2ddl=update}, which inspects every table
 * at every start.
 */
final class SchemaMigration {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	private final DataSource dataSource;

	SchemaMigration(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void migrate() {
		HapiMigrator migrator =
				new HapiMigrator(SchemaMigrator.HAPI_FHIR_MIGRATION_TABLENAME, dataSource, driverType());
		migrator.addTasks(new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values()));
		migrator.createMigrationTableIfRequired();
		MigrationResult result = migrator.migrate();
		log.info("HAPI database schema is current: {}", result.summary());
	}

	private DriverTypeEnum driverType() {
		String url;
		try (Connection connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
		} catch (SQLException e) {
			throw new IllegalStateException("HSCT-0001: cannot connect to the database: " + e.getMessage(), e);
		}
		DriverTypeEnum driverType = DriverTypeEnum.fromDriverClassName(
				DatabaseDriver.fromJdbcUrl(url).getDriverClassName());
		if (driverType == null) {
			throw new IllegalStateException("HSCT-0002: HAPI FHIR has no schema for the database at " + url
					+ "; use H2 or PostgreSQL (see README, Database)");
		}
		return driverType;
	}
}
