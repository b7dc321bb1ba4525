ValueSet: BAllDiagnosisVS
Id: ball-diagnosis-vs
Title: "B-ALL Diagnosis"
Description: "Codes for B-cell acute lymphoblastic leukaemia as a diagnosis: SNOMED CT, WHO ICD-10 and, for US systems, ICD-10-CM (which also encodes remission or relapse)."
* insert ArtifactMetadata
* ^copyright = "Includes SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence), ICD-10 (copyright World Health Organization) and ICD-10-CM (U.S. CDC/NCHS, public domain)."
* $sct#277571004 "B-cell acute lymphoblastic leukemia (disorder)"
* $icd10#C91.0 "Acute lymphoblastic leukaemia [ALL]"
* $icd10cm#C91.00 "Acute lymphoblastic leukemia not having achieved remission"
* $icd10cm#C91.01 "Acute lymphoblastic leukemia, in remission"
* $icd10cm#C91.02 "Acute lymphoblastic leukemia, in relapse"
