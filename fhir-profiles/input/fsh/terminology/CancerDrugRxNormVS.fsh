ValueSet: CancerDrugRxNormVS
Id: cancer-drug-rxnorm-vs
Title: "Cancer and Transplant Drugs (RxNorm)"
Description: """
RxNorm ingredients (term type IN) of the drugs this guide covers for B-ALL and its transplant or cellular
therapy: anti-leukaemic chemotherapy and steroids, tyrosine kinase inhibitors, immunotherapy and CAR-T
products, conditioning and lymphodepletion, serotherapy, GvHD prophylaxis and treatment, and transplant
supportive care (CMV antivirals, defibrotide). Ingredient codes are used because product, strength and route
are often not reported; a product-level code may be sent as well. Only codes seen in a named source are
listed: tx.fhir.org responses (RxNorm 09032024) cached in the CIBMTR reporting IG, tx.fhir.org responses and
examples in the mCODE IG, and NLM RxNav API output of 2020-06 (term type IN) published in GitHub
fabkury/ndc_map. The binding is extensible, so a drug not listed (e.g. belumosudil, maribavir, the Erwinia
asparaginases, brexucabtagene autoleucel, obecabtagene autoleucel) is sent with its own RxNorm code.
"""
* insert ArtifactMetadata
* ^copyright = "Includes RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms)."
* $rxnorm#1597258 "blinatumomab"
* $rxnorm#1942950 "inotuzumab ozogamicin"
* $rxnorm#1986438 "tisagenlecleucel"
* $rxnorm#3002 "cyclophosphamide"
* $rxnorm#24698 "fludarabine"
* $rxnorm#38508 "treosulfan"
* $rxnorm#10473 "thiotepa"
* $rxnorm#1828 "busulfan"
* $rxnorm#42316 "tacrolimus"
* $rxnorm#68149 "mycophenolate mofetil"
* $rxnorm#282388 "imatinib"
* $rxnorm#475342 "dasatinib"
* $rxnorm#662281 "nilotinib"
* $rxnorm#1364347 "ponatinib"
* $rxnorm#11202 "vincristine"
* $rxnorm#8640 "predniSONE"
* $rxnorm#3264 "dexamethasone"
* $rxnorm#6902 "methylprednisolone"
* $rxnorm#1156 "asparaginase"
* $rxnorm#34132 "pegaspargase"
* $rxnorm#2121416 "calaspargase pegol"
* $rxnorm#3109 "daunorubicin"
* $rxnorm#3639 "doxorubicin"
* $rxnorm#103 "mercaptopurine"
* $rxnorm#3041 "cytarabine"
* $rxnorm#6851 "methotrexate"
* $rxnorm#44151 "clofarabine"
* $rxnorm#6718 "melphalan"
* $rxnorm#4179 "etoposide"
* $rxnorm#134547 "bendamustine"
* $rxnorm#3008 "cyclosporine"
* $rxnorm#35302 "sirolimus"
* $rxnorm#1011 "lymphocyte immune globulin, anti-thymocyte globulin"
* $rxnorm#117055 "alemtuzumab"
* $rxnorm#614391 "abatacept"
* $rxnorm#612865 "tocilizumab"
* $rxnorm#1193326 "ruxolitinib"
* $rxnorm#121191 "riTUXimab"
* $rxnorm#1311089 "defibrotide"
* $rxnorm#1988648 "letermovir"
* $rxnorm#4678 "ganciclovir"
* $rxnorm#275891 "valganciclovir"
* $rxnorm#33562 "foscarnet"
* $rxnorm#83171 "cidofovir"
