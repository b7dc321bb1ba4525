package org.hsctdata.fhir.server;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hsctdata.fhir.rest.IssueCode;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * The database behind the data source, read once at start-up and before anything is written to it: its URL, the
 * driver type HAPI's schema migrator needs ({@link SchemaMigration}) and Hibernate's dialect.
 *
 * <p>The dialect follows the URL, so that pointing {@code spring.datasource.url} at PostgreSQL is enough (an H2
 * dialect on PostgreSQL fails on the first query, not at start-up): HAPI's H2 dialect for {@code jdbc:h2:}, its
 * PostgreSQL dialect for {@code jdbc:postgresql:}. {@code spring.jpa.properties.hibernate.dialect} chooses another,
 * for a database HAPI has a schema for. Any other database is refused with {@link IssueCode#DATABASE_UNSUPPORTED}
 * here, before the schema migration has created a table in it.
 *
 * @param url        the JDBC URL, as the driver reports it
 * @param driverType HAPI's name for the database's SQL
 * @param dialect    Hibernate's dialect, a class name
 */
record Database(String url, DriverTypeEnum driverType, String dialect) {

	static Database of(DataSource dataSource, String configuredDialect) {
		return of(url(dataSource), configuredDialect);
	}

	/** The database at a JDBC URL, with the dialect from {@code hibernate.dialect} if set (else null). */
	static Database of(String url, String configuredDialect) {
		DriverTypeEnum driverType = DriverTypeEnum.fromDriverClassName(
				DatabaseDriver.fromJdbcUrl(url).getDriverClassName());
		if (driverType == null) {
			throw new IllegalStateException(
					IssueCode.DATABASE_UNSUPPORTED.message("HAPI FHIR has no schema for the database at " + url
							+ "; use H2 or PostgreSQL (see docs/database.md)"));
		}
		if (configuredDialect != null) {
			return new Database(url, driverType, configuredDialect);
		}
		String dialect = switch (driverType) {
			case H2_EMBEDDED -> HapiFhirH2Dialect.class.getName();
			case POSTGRES_9_4 -> HapiFhirPostgresDialect.class.getName();
			default ->
				throw new IllegalStateException(
						IssueCode.DATABASE_UNSUPPORTED.message(
								"no HAPI FHIR dialect for the database at "
										+ url
										+ "; use H2 or PostgreSQL (see docs/database.md), or set spring.jpa.properties.hibernate.dialect"));
		};
		return new Database(url, driverType, dialect);
	}

	boolean isPostgresql() {
		return driverType == DriverTypeEnum.POSTGRES_9_4;
	}

	private static String url(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		} catch (SQLException e) {
			throw new IllegalStateException(
					IssueCode.DATABASE_UNREACHABLE.message("cannot connect to the database: " + e.getMessage()), e);
		}
	}
}
