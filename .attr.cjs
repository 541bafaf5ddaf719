const fs=require("fs"),zlib=require("zlib");const {SourceMapConsumer}=require("source-map");
(async()=>{
const f=process.argv[2];const code=fs.readFileSync(f,"utf8");const map=JSON.parse(fs.readFileSync(f+".map","utf8"));
const c=await new SourceMapConsumer(map);
const lines=code.split("\n");const by=new Map();
// attribute each char range between mappings to its source
let segs=[];c.eachMapping(m=>segs.push(m));
segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
const text=new Map();
for(let i=0;i<segs.length;i++){const s=segs[i],n=segs[i+1];const line=lines[s.generatedLine-1];
 const end=n&&n.generatedLine===s.generatedLine?n.generatedColumn:line.length;const part=line.slice(s.generatedColumn,end);
 const src=(s.source||"?").replace(/.*node_modules\//,"").replace(/\/dist\/.*|\/cjs\/.*|\/umd\/.*/,"");text.set(src,(text.get(src)||"")+part);}
const rows=[...text].map(([k,v])=>[k,v.length,zlib.gzipSync(v,{level:9}).length]).sort((a,b)=>b[1]-a[1]);
console.log("total", code.length, zlib.gzipSync(code,{level:9}).length);
for(const r of rows.slice(0,25))console.log(r[1],r[2],r[0]);
})();
