window.polcatSearch("t-pa",  {"packet":[[10,"2"]]});
