window.polcatSearch("t-ad",  {"advert":[[10,"2"]],"advertisement":[[10,"2"]]});
