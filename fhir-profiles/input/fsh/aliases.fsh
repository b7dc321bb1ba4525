// Every code system and external canonical used by this guide, in one place.

// External code systems
Alias: $sct = http://snomed.info/sct
Alias: $loinc = http://loinc.org
Alias: $ucum = http://unitsofmeasure.org
Alias: $icd10 = http://hl7.org/fhir/sid/icd-10
Alias: $icd10cm = http://hl7.org/fhir/sid/icd-10-cm
Alias: $icdo3 = http://terminology.hl7.org/CodeSystem/icd-o-3
Alias: $rxnorm = http://www.nlm.nih.gov/research/umls/rxnorm
Alias: $atc = http://www.whocc.no/atc
Alias: $ncit = http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl

// HL7 code systems (all shipped in hl7.fhir.r4.core 4.0.1)
Alias: $v3-RoleCode = http://terminology.hl7.org/CodeSystem/v3-RoleCode
Alias: $observation-category = http://terminology.hl7.org/CodeSystem/observation-category

// This guide's own code system
Alias: $local = https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs

// R4 core extensions and profiles reused by this guide
Alias: $condition-dueTo = http://hl7.org/fhir/StructureDefinition/condition-dueTo
Alias: $condition-related = http://hl7.org/fhir/StructureDefinition/condition-related
Alias: $bodyweight = http://hl7.org/fhir/StructureDefinition/bodyweight
