ValueSet: CancerDrugRxNormVS
Id: cancer-drug-rxnorm-vs
Title: "Cancer and Transplant Drugs (RxNorm)"
Description: """
RxNorm ingredients (term type IN) of the drugs this guide covers for B-ALL and its transplant or cellular
therapy: anti-leukaemic chemotherapy and steroids, tyrosine kinase inhibitors, immunotherapy, conditioning
and lymphodepletion, serotherapy, GvHD prophylaxis and treatment, and transplant supportive care.
Ingredient codes are used because product, strength and route are often not reported; a product-level
code may be sent as well. Only codes verified on a terminology server (RxNorm 09032024 responses in the
CIBMTR reporting IG) or in the mCODE IG are listed; the binding is extensible, so a drug not listed (e.g.
ponatinib, asparaginase, dexamethasone, letermovir) is sent with its own RxNorm code.
"""
* insert ArtifactMetadata
* ^copyright = "Includes RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms)."
* $rxnorm#1597258 "blinatumomab"
* $rxnorm#1942950 "inotuzumab ozogamicin"
* $rxnorm#3002 "cyclophosphamide"
* $rxnorm#24698 "fludarabine"
* $rxnorm#38508 "treosulfan"
* $rxnorm#10473 "thiotepa"
* $rxnorm#1828 "busulfan"
* $rxnorm#42316 "tacrolimus"
* $rxnorm#68149 "mycophenolate mofetil"
* $rxnorm#282388 "imatinib"
* $rxnorm#475342 "dasatinib"
* $rxnorm#11202 "vincristine"
* $rxnorm#8640 "predniSONE"
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
