ValueSet: BloodMarrowSpecimenTypeVS
Id: blood-marrow-specimen-type-vs
Title: "Blood or Marrow Specimen Type"
Description: "Type of the specimen an MRD or chimerism result was measured on, for the `type` of the Specimen the Observation references: whole blood or bone marrow (HL7 v2 table 0487), or SNOMED CT blood specimen."
* insert ArtifactMetadata
* ^copyright = "Includes HL7 Terminology (THO) content (CC0) and SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence)."
* http://terminology.hl7.org/CodeSystem/v2-0487#BLD "Whole blood"
* http://terminology.hl7.org/CodeSystem/v2-0487#MAR "Marrow"
* $sct#119297000 "Blood specimen (specimen)"
