ValueSet: AllIcd10VS
Id: all-icd10-vs
Title: "Acute Lymphoblastic Leukaemia (ICD-10, ICD-10-CM)"
Description: "ICD-10 (WHO) and, for US systems, ICD-10-CM codes for acute lymphoblastic leukaemia, for the ICD codings of a B-ALL Condition. These codes do not distinguish B from T lineage (nor, in ICD-10-CM, more than remission or relapse), so they never identify a B-ALL on their own."
* insert ArtifactMetadata
* ^copyright = "Includes ICD-10 (copyright World Health Organization) and ICD-10-CM (U.S. CDC/NCHS, public domain)."
* $icd10#C91.0 "Acute lymphoblastic leukaemia [ALL]"
* $icd10cm#C91.00 "Acute lymphoblastic leukemia not having achieved remission"
* $icd10cm#C91.01 "Acute lymphoblastic leukemia, in remission"
* $icd10cm#C91.02 "Acute lymphoblastic leukemia, in relapse"
