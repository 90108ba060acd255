window.polcatSearch("d/network-sets/prod",  []);
