/**
 * The search page's first script, inline in its <head> before the stylesheets
 * and the page's own module script (which waits for both). It starts the search
 * worker (src/scripts/search-worker.ts) at once, and when the address holds a
 * search it tells the worker to start loading ('warm') and itself fetches the
 * files that open the index (pagefind/start.json, start-files.ts), handing each
 * one's bytes to the worker ('files', then 'file'): a worker takes about 100 ms
 * to start, the page's parser is already running. The list goes over before
 * any file, so the worker knows which ones to wait for instead of fetching them
 * again. Constant text, so astro.config.mjs can put its hash in the CSP; what
 * differs per page is in its data attributes (worker, bundle, base).
 */
export const WORKER_START = [
  '(s=>{const d=s.dataset,b=d.bundle,l=document.documentElement.lang;try{',
  'const w=new Worker(d.worker,{type:"module"});window.pressSearchWorker=w;s.dataset.ran="";',
  // A worker that fails before the page's script listens is left for that script to start again (and report).
  'w.addEventListener("error",()=>{if(window.pressSearchWorker===w)window.pressSearchWorker=void 0});',
  'if(location.search.length<2)return;',
  'const post=(ask,t)=>w.postMessage({id:-1,ask},t||[]);',
  'post({kind:"warm",bundle:b,base:d.base,lang:l,early:true});',
  'const get=p=>fetch(b+p,/entry\\.json$/.test(p)?{cache:"no-store"}:{}).then(r=>r.ok?r.arrayBuffer():null,()=>null);',
  'const entry=get("pagefind-entry.json");',
  'fetch(b+"start.json",{cache:"no-cache"}).then(r=>r.json()).then(f=>f[l]||[],()=>[]).then(list=>{',
  'post({kind:"files",list});',
  'for(const p of list)(p==="pagefind-entry.json"?entry:get(p)).then(a=>post({kind:"file",path:p,body:a},a?[a]:[]))})',
  '}catch(e){}})(document.currentScript)',
].join('');
