window.polcatSearch("t-vi",  {"vip":[[7,"6"]]});
