/**
 * The search page's first script, inline in its <head> before the stylesheets
 * and the page's own module script (which waits for both): starts the search
 * worker (src/scripts/search-worker.ts) at once and, when the address holds a
 * search, has it start loading the index ('warm'). A worker takes about 150 ms
 * to start; this way it starts while the page's styles, layout and script load.
 * Constant text, so astro.config.mjs can put its hash in the CSP; what differs
 * per page is in its data attributes (worker, bundle, base).
 */
export const WORKER_START = '(function(s){var d=s.dataset;try{var w=new Worker(d.worker,{type:"module"});window.pressSearchWorker=w;'
  + 'if(location.search.length>1)w.postMessage({id:-1,ask:{kind:"warm",bundle:d.bundle,base:d.base,lang:document.documentElement.lang}})}catch(e){}})(document.currentScript)';
