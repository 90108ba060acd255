window.polcatSearch("t-bi",  {"big":[[10,"2"]]});
