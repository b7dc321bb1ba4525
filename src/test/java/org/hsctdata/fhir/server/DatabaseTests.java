package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirMySQLDialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tests for {@link Database}: what the server makes of the datasource URL before it writes anything. */
class DatabaseTests {

	@Test
	void anH2UrlGetsHapisH2SchemaAndDialect() {
		Database database = Database.of("jdbc:h2:file:./data/hsct;WRITE_DELAY=0", null);

		assertThat(database.driverType()).isEqualTo(DriverTypeEnum.H2_EMBEDDED);
		assertThat(database.dialect()).isEqualTo(HapiFhirH2Dialect.class.getName());
		assertThat(database.isPostgresql()).isFalse();
	}

	@Test
	void aPostgresqlUrlGetsHapisPostgresqlSchemaAndDialect() {
		Database database = Database.of("jdbc:postgresql://db.example:5432/hsct", null);

		assertThat(database.driverType()).isEqualTo(DriverTypeEnum.POSTGRES_9_4);
		assertThat(database.dialect()).isEqualTo(HapiFhirPostgresDialect.class.getName());
		assertThat(database.isPostgresql()).isTrue();
	}

	@Test
	void anotherDatabaseIsRefusedWithWhatToDo() {
		assertThatThrownBy(() -> Database.of("jdbc:mysql://localhost/hsct", null))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("HSCT-0002")
				.hasMessageContaining("jdbc:mysql://localhost/hsct")
				.hasMessageContaining("spring.jpa.properties.hibernate.dialect");
	}

	@Test
	void aConfiguredDialectIsUsedOnADatabaseHapiHasASchemaFor() {
		Database database = Database.of("jdbc:mysql://localhost/hsct", HapiFhirMySQLDialect.class.getName());

		assertThat(database.driverType()).isEqualTo(DriverTypeEnum.MYSQL_5_7);
		assertThat(database.dialect()).isEqualTo(HapiFhirMySQLDialect.class.getName());
	}

	@Test
	void aDatabaseHapiHasNoSchemaForIsRefusedWhateverTheDialect() {
		assertThatThrownBy(() -> Database.of("jdbc:sqlite:/tmp/hsct.db", HapiFhirH2Dialect.class.getName()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("HSCT-0002")
				.hasMessageContaining("no schema");
	}

	@Test
	void theUrlIsTheOneTheDriverReports() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:database-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

		Database database = Database.of(h2, null);

		assertThat(database.url()).startsWith("jdbc:h2:mem:database-");
		assertThat(database.driverType()).isEqualTo(DriverTypeEnum.H2_EMBEDDED);
		assertThat(new JdbcTemplate(h2).queryForList("SHOW TABLES")).isEmpty(); // read, nothing written
	}
}
