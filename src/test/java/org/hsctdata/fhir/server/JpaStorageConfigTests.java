package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import org.junit.jupiter.api.Test;

/** Tests for the choice of HAPI's Hibernate dialect from the datasource URL. */
class JpaStorageConfigTests {

	@Test
	void anH2UrlGetsHapisH2Dialect() {
		assertThat(JpaStorageConfig.dialectFor("jdbc:h2:file:./data/hsct;WRITE_DELAY=0"))
				.isEqualTo(HapiFhirH2Dialect.class.getName());
	}

	@Test
	void aPostgresqlUrlGetsHapisPostgresqlDialect() {
		assertThat(JpaStorageConfig.dialectFor("jdbc:postgresql://db.example:5432/hsct"))
				.isEqualTo(HapiFhirPostgresDialect.class.getName());
	}

	@Test
	void anotherDatabaseIsRefusedAtStartUpWithWhatToDo() {
		assertThatThrownBy(() -> JpaStorageConfig.dialectFor("jdbc:mysql://localhost/hsct"))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("HSCT-0002")
				.hasMessageContaining("jdbc:mysql://localhost/hsct")
				.hasMessageContaining("spring.jpa.properties.hibernate.dialect");
	}
}
